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
});
