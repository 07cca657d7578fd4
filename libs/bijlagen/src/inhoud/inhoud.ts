import { BIJLAGE_TYPES, MAX_BIJLAGE_BYTES, type BijlageType } from '@signaalspoor/domain';
import { fileTypeFromBuffer } from 'file-type';
import type Sharp from 'sharp';
import { BijlageFout } from '../bijlagen.errors';
import type { Weergave } from '../opslag/bijlagen-opslag';
import type { Beperking } from './beperking';
import type { Bestand } from './multipart';

/**
 * The long side of a stored photo and of its thumbnail, in pixels. 2048: a phone's 12-megapixel photo
 * (4032 or 4000 wide) is then decoded at half scale (libjpeg's shrink-on-load), which takes about
 * two thirds of the time of a re-encoding to 2560 px and stores about 40 % fewer bytes.
 */
export const MAX_ZIJDE = 2048;
export const MINIATUUR_ZIJDE = 320;
/** Larger images (a decompression bomb) are refused before they are decoded. */
const MAX_PIXELS = 50_000_000;

let libvips: Promise<typeof Sharp> | undefined;

/**
 * sharp, loaded with the first photo: loading sharp and libvips takes 10–20 MB of a process's memory
 * (the app's RSS at start: 137 → 126 MB), which a process that has not re-encoded a photo does not
 * need. libvips keeps decoded images and operations in a cache of its own: nothing here is read
 * twice, so it is off. Photos are re-encoded one at a time per process (HERENCODERING_GELIJKTIJDIG),
 * each with two libvips threads: libvips' own memory for one 12-megapixel photo peaks at about 21 MB
 * (`sharp.cache().memory.high` in the upload bench), and two at once would double it.
 */
function laadSharp(): Promise<typeof Sharp> {
  return (libvips ??= import('sharp').then(
    ({ default: sharp }) => {
      sharp.cache(false);
      sharp.concurrency(2);
      return sharp;
    },
    (error: unknown) => {
      // not remembered: the next photo tries again instead of failing until a restart
      libvips = undefined;
      throw error;
    },
  ));
}

/** A stored attachment: what it is, and its bytes as stored (photos: re-encoded). */
export interface Inhoud {
  type: BijlageType;
  /** length of the stored bytes */
  grootte: number;
  /** hex SHA-256 of the stored bytes */
  sha256: string;
  /** whether a thumbnail (a photo's) was stored too */
  miniatuur: boolean;
}

/** Stores bytes as one weergave of the attachment, as they come; their SHA-256 and length. */
export type Bewaar = (
  weergave: Weergave,
  bytes: AsyncIterable<Buffer>,
) => Promise<{ sha256: string; grootte: number }>;

/**
 * Turns for photos, per process. `inGeheugen`: photos held whole at once; a photo waits for its turn
 * before the rest of its body is read, so that a burst of uploads waits in the clients and the
 * sockets rather than in this process's memory. `herencodering`: photos decoded at once.
 */
export interface Beurten {
  inGeheugen: Beperking;
  herencodering: Beperking;
}

/** Enough of the start of a file for file-type to know JPEG, PNG, WebP and PDF (it reads up to 4100 bytes). */
const KOP_BYTES = 4100;

const typeNietToegestaan = () =>
  new BijlageFout(
    'TYPE_NIET_TOEGESTAAN',
    'Alleen foto’s (JPEG, PNG, WebP) en PDF-bestanden zijn toegestaan.',
    'bestand',
  );

/**
 * Judges an upload by its first bytes, never by its name or the Content-Type the client sent: a photo
 * (JPEG, PNG, WebP) or a PDF, else TYPE_NIET_TOEGESTAAN before anything is stored. A PDF is stored as
 * it streams in. A photo, in its turn (Beurten), is gathered once (the decoder needs it whole) and
 * re-encoded: orientation applied, every metadata block (EXIF, GPS, XMP, ICC) left
 * out, the long side capped at MAX_ZIJDE, and a thumbnail; the stored bytes are the re-encoded ones.
 */
export async function verwerk(
  { bytes, verwacht }: Bestand,
  beurten: Beurten,
  bewaar: Bewaar,
): Promise<Inhoud> {
  const { kop, alles } = await leesKop(bytes);
  if (kop.length === 0) {
    throw new BijlageFout('GEEN_BESTAND', "Voeg een bestand toe in het veld 'bestand'.", 'bestand');
  }
  const herkend = await fileTypeFromBuffer(kop);
  const type = BIJLAGE_TYPES.find((t) => t === herkend?.mime);
  if (!type) throw typeNietToegestaan();
  if (type === 'application/pdf') return { type, ...(await bewaar('origineel', alles)), miniatuur: false };

  const { foto, miniatuur } = await beurten.inGeheugen.voer(async () => {
    const opvang = new Opvang(verwacht);
    for await (const stuk of alles) opvang.voegToe(stuk);
    return beurten.herencodering.voer(() => herencodeer(opvang.bytes(), type));
  });
  if (foto.length > MAX_BIJLAGE_BYTES) {
    throw new BijlageFout('BESTAND_TE_GROOT', 'De foto is na verwerking groter dan 10 MB.', 'bestand');
  }
  const opgeslagen = await bewaar('origineel', een(foto));
  await bewaar('miniatuur', een(miniatuur));
  return { type, ...opgeslagen, miniatuur: true };
}

/** The first KOP_BYTES (or all, when shorter), and the whole stream again, those bytes first. */
async function leesKop(bron: AsyncIterable<Buffer>): Promise<{ kop: Buffer; alles: AsyncIterable<Buffer> }> {
  const stroom = bron[Symbol.asyncIterator]();
  const stukken: Buffer[] = [];
  let lengte = 0;
  let klaar = false;
  while (lengte < KOP_BYTES) {
    const volgend = await stroom.next();
    if (volgend.done) {
      klaar = true;
      break;
    }
    stukken.push(volgend.value);
    lengte += volgend.value.length;
  }
  const kop = Buffer.concat(stukken, lengte);
  async function* alles(): AsyncIterable<Buffer> {
    yield kop;
    for (let volgend = klaar ? undefined : await stroom.next(); volgend && !volgend.done;) {
      yield volgend.value;
      volgend = await stroom.next();
    }
  }
  return { kop, alles: alles() };
}

async function* een(bytes: Buffer): AsyncIterable<Buffer> {
  yield bytes;
}

async function herencodeer(bytes: Buffer, type: BijlageType): Promise<{ foto: Buffer; miniatuur: Buffer }> {
  const sharp = await laadSharp();
  try {
    // .rotate() without an angle applies the EXIF orientation; without keepMetadata/withMetadata
    // sharp writes no metadata at all. A pipeline of its own per output, not clone(): sharp's
    // clone() copies its options with structuredClone, the input buffer (the whole photo) included.
    const beeld = () => sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
    const kader = { width: MAX_ZIJDE, height: MAX_ZIJDE, fit: 'inside', withoutEnlargement: true } as const;
    const geschaald = beeld().resize(kader);
    const foto =
      type === 'image/jpeg'
        ? geschaald.jpeg({ quality: 85 })
        : type === 'image/png'
          ? // zlib level 6 (the default): 9 takes several times as long for a few percent
            geschaald.png({ compressionLevel: 6 })
          : geschaald.webp({ quality: 85 });
    const miniatuur = beeld()
      .resize({ width: MINIATUUR_ZIJDE, height: MINIATUUR_ZIJDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 });
    // one after the other: one decoded image in memory at a time (the thumbnail's JPEG decode is
    // shrunk on load, 1/8 of the pixels, so it costs little)
    const f = await foto.toBuffer();
    return { foto: f, miniatuur: await miniatuur.toBuffer() };
  } catch {
    // bytes that start like a photo but do not decode as one
    throw typeNietToegestaan();
  }
}

/** Gathers a photo's chunks into one buffer, sized up front from the body's length: one copy. */
class Opvang {
  private buffer: Buffer;
  private lengte = 0;

  constructor(verwacht: number) {
    const begin = Number.isFinite(verwacht) ? verwacht : 1024 * 1024;
    this.buffer = Buffer.allocUnsafe(Math.min(Math.max(begin, 1024), MAX_BIJLAGE_BYTES));
  }

  voegToe(chunk: Buffer): void {
    if (this.lengte + chunk.length > this.buffer.length) {
      // only without a Content-Length (chunked): grow, capped by the file limit busboy enforces
      const groter = Buffer.allocUnsafe(
        Math.min(Math.max(this.buffer.length * 2, this.lengte + chunk.length), MAX_BIJLAGE_BYTES),
      );
      this.buffer.copy(groter, 0, 0, this.lengte);
      this.buffer = groter;
    }
    chunk.copy(this.buffer, this.lengte);
    this.lengte += chunk.length;
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.lengte);
  }
}
