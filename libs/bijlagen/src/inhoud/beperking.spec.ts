import { Beperking } from './beperking';

describe('Beperking', () => {
  it('runs at most max tasks at once, the others in order, and passes on failures', async () => {
    const beperking = new Beperking(2);
    let bezig = 0;
    let piek = 0;
    const volgorde: number[] = [];
    const taak = (n: number) =>
      beperking.voer(async () => {
        bezig += 1;
        piek = Math.max(piek, bezig);
        await new Promise((resolve) => setTimeout(resolve, 5));
        bezig -= 1;
        volgorde.push(n);
        if (n === 3) throw new Error('drie');
        return n;
      });
    const uitkomsten = await Promise.allSettled([1, 2, 3, 4, 5, 6].map(taak));
    expect(piek).toBe(2);
    expect(uitkomsten.map((u) => u.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(volgorde.slice(0, 2).sort()).toEqual([1, 2]);
    expect(await taak(7)).toBe(7);
  });
});
