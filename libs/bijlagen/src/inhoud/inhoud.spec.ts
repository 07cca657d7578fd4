import { createHash, randomBytes } from 'node:crypto';
import type Sharp from 'sharp';
import { bewaarNiets } from '../testing/bewaar';
import { Beperking } from './beperking';
import { MAX_ZIJDE, MINIATUUR_ZIJDE, verwerk, type Bewaar } from './inhoud';

// the code under test loads sharp through this factory, which marks the module as loaded; this
// spec's own photos use the module as it is
jest.mock('sharp', () => Object.assign(jest.requireActual<object>('sharp'), { geladen: true }));
const sharp = jest.requireActual<typeof Sharp & { geladen?: true }>('sharp');

const STUK = 1024;

/** A file arriving in 1 KB pieces, counting how many were taken from the "socket". */
function binnenkomend(bytes: Buffer) {
  const teller = { gelezen: 0 };
  async function* stukken(): AsyncIterable<Buffer> {
    for (let i = 0; i < bytes.length; i += STUK) {
      teller.gelezen += 1;
      yield bytes.subarray(i, i + STUK);
    }
  }
  return { bestand: { bytes: stukken(), verwacht: bytes.length }, teller };
}

const ruis = (width: number, height: number) =>
  sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();

const beurten = () => ({ inGeheugen: new Beperking(1), herencodering: new Beperking(1) });

describe('verwerk', () => {
  // first: sharp is loaded once per process
  it('loads sharp with the first photo, not at start nor for a PDF', async () => {
    expect(sharp.geladen).toBeUndefined();
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(STUK)]);
    await verwerk(binnenkomend(pdf).bestand, beurten(), bewaarNiets);
    expect(sharp.geladen).toBeUndefined();

    const inhoud = await verwerk(binnenkomend(await ruis(40, 30)).bestand, beurten(), bewaarNiets);
    expect(sharp.geladen).toBe(true);
    expect(inhoud).toMatchObject({ type: 'image/jpeg', miniatuur: true });
  });

  it('reads no more than the head of a photo until the photo has its turn in memory', async () => {
    const foto = await ruis(200, 150);
    expect(foto.length).toBeGreaterThan(20 * STUK);
    const eigen = beurten();
    let laatGaan!: () => void;
    const bezet = eigen.inGeheugen.voer(() => new Promise<void>((resolve) => (laatGaan = resolve)));

    const { bestand, teller } = binnenkomend(foto);
    const klaar = verwerk(bestand, eigen, bewaarNiets);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // the head (file-type's 4100 bytes) only: the rest waits in the client and the socket
    expect(teller.gelezen).toBe(5);

    laatGaan();
    await bezet;
    const inhoud = await klaar;
    expect(teller.gelezen).toBe(Math.ceil(foto.length / STUK));
    expect(inhoud).toMatchObject({ type: 'image/jpeg', miniatuur: true });
  });

  it('streams a PDF through without waiting for a photo turn', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(50 * STUK)]);
    const eigen = beurten();
    void eigen.inGeheugen.voer(() => new Promise(() => undefined));
    const inhoud = await verwerk(binnenkomend(pdf).bestand, eigen, bewaarNiets);
    expect(inhoud).toEqual({
      type: 'application/pdf',
      grootte: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      miniatuur: false,
    });
  });

  it('stores a phone photo with its long side at MAX_ZIJDE and its thumbnail at MINIATUUR_ZIJDE', async () => {
    // given a portrait photo of a 12-megapixel phone
    const foto = await ruis(3024, 4032);
    const bewaard = new Map<string, Buffer[]>();
    const houBij: Bewaar = async (weergave, bytes) => {
      const stukken: Buffer[] = [];
      for await (const stuk of bytes) stukken.push(stuk);
      bewaard.set(weergave, stukken);
      return bewaarNiets(
        weergave,
        (async function* () {
          yield* stukken;
        })(),
      );
    };
    // when it is processed
    await verwerk(binnenkomend(foto).bestand, beurten(), houBij);
    // then both are scaled down, the aspect ratio kept
    const maten = async (weergave: string) => {
      const { width, height } = await sharp(Buffer.concat(bewaard.get(weergave)!)).metadata();
      return [width, height];
    };
    expect(await maten('origineel')).toEqual([(MAX_ZIJDE * 3) / 4, MAX_ZIJDE]);
    expect(await maten('miniatuur')).toEqual([(MINIATUUR_ZIJDE * 3) / 4, MINIATUUR_ZIJDE]);
  });
});
