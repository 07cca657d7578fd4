import { createHash, randomBytes } from 'node:crypto';
import type { Deel } from './bijlagen-opslag';
import { DataSleutel, DEEL_BYTES, openDelen, schrijfInDelen } from './delen';

const ID = '6b1c3f0e-1d2a-4c5b-8e9f-0a1b2c3d4e5f';

async function* inStukken(bytes: Buffer, ...groottes: number[]): AsyncIterable<Buffer> {
  let i = 0;
  for (let n = 0; i < bytes.length; n++) {
    const stuk = bytes.subarray(i, i + groottes[n % groottes.length]);
    i += stuk.length;
    yield stuk;
  }
}

async function bewaar(bytes: Buffer, ...groottes: number[]) {
  const sleutel = new DataSleutel();
  const delen: Deel[] = [];
  const plain: number[] = [];
  const uitkomst = await schrijfInDelen(
    inStukken(bytes, ...groottes),
    { id: ID, weergave: 'origineel', sleutel },
    async (deel) => {
      delen.push(deel);
      plain.push(sleutel.open(ID, deel).length);
    },
  );
  return { sleutel, delen, plain, uitkomst };
}

async function* inVolgorde(delen: Deel[]): AsyncIterable<Deel> {
  yield* delen;
}

const terug = async (sleutel: DataSleutel, delen: Deel[]) => {
  const stukken: Buffer[] = [];
  for await (const stuk of openDelen(ID, sleutel, inVolgorde(delen))) stukken.push(stuk);
  return Buffer.concat(stukken);
};

describe('attachments stored in chunks', () => {
  it('writes the bytes as sealed chunks of at most DEEL_BYTES, whatever pieces they stream in', async () => {
    const bytes = randomBytes(4 * DEEL_BYTES + 1000);
    for (const groottes of [[65_536], [1000, 300_000, 7], [bytes.length]]) {
      const { sleutel, delen, plain, uitkomst } = await bewaar(bytes, ...groottes);
      expect(plain).toEqual([DEEL_BYTES, DEEL_BYTES, DEEL_BYTES, DEEL_BYTES, 1000]);
      expect(delen.map((d) => [d.volgnummer, d.laatste])).toEqual([
        [0, false],
        [1, false],
        [2, false],
        [3, false],
        [4, true],
      ]);
      // sealed: iv, tag and ciphertext, never the plain bytes
      expect(delen.every((d) => d.versleuteld.length === DEEL_BYTES + 28 || d.laatste)).toBe(true);
      expect(delen[0].versleuteld.includes(bytes.subarray(0, 64))).toBe(false);
      expect(uitkomst).toEqual({
        sha256: createHash('sha256').update(bytes).digest('hex'),
        grootte: bytes.length,
      });
      expect((await terug(sleutel, delen)).equals(bytes)).toBe(true);
    }
  });

  it('writes one chunk at a time, in order, and fails when a write fails', async () => {
    const sleutel = new DataSleutel();
    let bezig = 0;
    const volgorde: number[] = [];
    const traag = async (deel: Deel) => {
      bezig += 1;
      expect(bezig).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 2));
      volgorde.push(deel.volgnummer);
      bezig -= 1;
      if (deel.volgnummer === 3 && deel.weergave === 'miniatuur') throw new Error('schijf vol');
    };
    const bytes = randomBytes(5 * DEEL_BYTES);
    const plaats = { id: ID, sleutel };
    await schrijfInDelen(inStukken(bytes, 65_536), { ...plaats, weergave: 'origineel' }, traag);
    expect(volgorde).toEqual([0, 1, 2, 3, 4]);
    await expect(
      schrijfInDelen(inStukken(bytes, 65_536), { ...plaats, weergave: 'miniatuur' }, traag),
    ).rejects.toThrow('schijf vol');
  });

  it('writes an exact multiple of DEEL_BYTES without an empty last chunk', async () => {
    const { delen, plain } = await bewaar(randomBytes(2 * DEEL_BYTES), 100_000);
    expect(plain).toEqual([DEEL_BYTES, DEEL_BYTES]);
    expect(delen.map((d) => d.laatste)).toEqual([false, true]);
  });

  it('opens no chunk out of its place, no truncated attachment, and nothing with another key', async () => {
    const { sleutel, delen } = await bewaar(randomBytes(3 * DEEL_BYTES), 65_536);
    await expect(terug(sleutel, delen.slice(0, 2))).rejects.toThrow();
    // a store that lost the last row says the one before is the last: its seal says otherwise
    await expect(terug(sleutel, [delen[0], { ...delen[1], laatste: true }])).rejects.toThrow();
    await expect(terug(sleutel, [delen[1], delen[0], delen[2]])).rejects.toThrow();
    // the same chunks renumbered: their seal names their place
    const verschoven = [
      delen[0],
      { ...delen[2], volgnummer: 1 },
      { ...delen[1], volgnummer: 2, laatste: true },
    ];
    await expect(terug(sleutel, verschoven)).rejects.toThrow();
    await expect(terug(new DataSleutel(), delen)).rejects.toThrow();
  });
});
