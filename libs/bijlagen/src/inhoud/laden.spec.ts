import type Sharp from 'sharp';
import { bewaarNiets } from '../testing/bewaar';
import { Beperking } from './beperking';
import { verwerk } from './inhoud';

// sharp fails to load the first time (a missing libvips, a full disk while it is read), then loads
let mockPogingen = 0;
jest.mock('sharp', () => {
  mockPogingen += 1;
  if (mockPogingen === 1) throw new Error('libvips ontbreekt');
  return jest.requireActual<object>('sharp');
});
const sharp = jest.requireActual<typeof Sharp>('sharp');

async function* een(bytes: Buffer): AsyncIterable<Buffer> {
  yield bytes;
}

const beurten = () => ({ inGeheugen: new Beperking(1), herencodering: new Beperking(1) });

describe('loading sharp', () => {
  it('tries again with the next photo after a failed load', async () => {
    // given a photo and a sharp that does not load the first time
    const foto = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c85028' } })
      .jpeg()
      .toBuffer();
    const bestand = () => ({ bytes: een(foto), verwacht: foto.length });
    // when the first photo is processed, it fails with the load's error
    await expect(verwerk(bestand(), beurten(), bewaarNiets)).rejects.toThrow('libvips ontbreekt');
    // then the next photo loads sharp again and is re-encoded
    await expect(verwerk(bestand(), beurten(), bewaarNiets)).resolves.toMatchObject({
      type: 'image/jpeg',
      miniatuur: true,
    });
  });
});
