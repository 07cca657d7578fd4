import { verschillen } from './diff';

describe('the differences between two states', () => {
  it('given equal states, then there are none', () => {
    expect(verschillen({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toEqual([]);
  });

  it('given a changed, an added and a removed value, then each is named by its path', () => {
    expect(
      verschillen(
        { status: 'ingediend', doorsturingen: [], weg: true },
        { status: 'in-behandeling', doorsturingen: [{ id: 'd1', status: 'open' }] },
      ),
    ).toEqual([
      { veld: 'doorsturingen[0]', tot: { id: 'd1', status: 'open' } },
      { veld: 'status', van: 'ingediend', tot: 'in-behandeling' },
      { veld: 'weg', van: true },
    ]);
  });
});
