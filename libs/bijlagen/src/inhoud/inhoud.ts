import { BIJLAGE_TYPES, MAX_BIJLAGE_BYTES, type BijlageType } from '@signaalspoor/domain';
import { fileTypeFromBuffer } from 'file-type';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { BijlageFout } from '../bijlagen.errors';

/** The long side of a stored photo and of its thumbnail, in pixels. */
export const MAX_ZIJDE = 2560;
export const MINIATUUR_ZIJDE = 320;
/** Larger images (a decompression bomb) are refused before they are decoded. */
const MAX_PIXELS = 50_000_000;

// libvips keeps decoded images and operations in a cache of its own: nothing here is read twice;
// one thread per image, since uploads are processed at most VERWERKING_GELIJKTIJDIG at once anyway
sharp.cache(false);
sharp.concurrency(1);

/** An attachment ready to store: its bytes as stored, what they are, and a thumbnail for a photo. */
export interface Inhoud {
  type: BijlageType;
  bytes: Buffer;
  /** hex SHA-256 of `bytes` */
  sha256: string;
  /** a WebP thumbnail of a photo */
  miniatuur?: Buffer;
}

const typeNietToegestaan = () =>
  new BijlageFout(
    'TYPE_NIET_TOEGESTAAN',
    'Alleen foto’s (JPEG, PNG, WebP) en PDF-bestanden zijn toegestaan.',
    'bestand',
  );

/**
 * Judges an upload by its bytes, never by its name or the Content-Type the client sent: a photo
 * (JPEG, PNG, WebP) or a PDF, else TYPE_NIET_TOEGESTAAN. A photo is re-encoded: orientation applied,
 * every metadata block (EXIF, GPS, XMP, ICC) left out, the long side capped at MAX_ZIJDE; the stored
 * bytes are the re-encoded ones. A PDF is stored as it came.
 */
export async function verwerk(bytes: Buffer): Promise<Inhoud> {
  const herkend = await fileTypeFromBuffer(bytes);
  const type = BIJLAGE_TYPES.find((t) => t === herkend?.mime);
  if (!type) throw typeNietToegestaan();
  if (type === 'application/pdf') return { type, bytes, sha256: sha256(bytes) };
  const { foto, miniatuur } = await herencodeer(bytes, type);
  if (foto.length > MAX_BIJLAGE_BYTES) {
    throw new BijlageFout('BESTAND_TE_GROOT', 'De foto is na verwerking groter dan 10 MB.', 'bestand');
  }
  return { type, bytes: foto, sha256: sha256(foto), miniatuur };
}

async function herencodeer(bytes: Buffer, type: BijlageType): Promise<{ foto: Buffer; miniatuur: Buffer }> {
  try {
    // .rotate() without an angle applies the EXIF orientation; without keepMetadata/withMetadata
    // sharp writes no metadata at all
    const beeld = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
    const kader = { width: MAX_ZIJDE, height: MAX_ZIJDE, fit: 'inside', withoutEnlargement: true } as const;
    const geschaald = beeld.clone().resize(kader);
    const foto =
      type === 'image/jpeg'
        ? geschaald.jpeg({ quality: 85 })
        : type === 'image/png'
          ? geschaald.png({ compressionLevel: 9 })
          : geschaald.webp({ quality: 85 });
    const miniatuur = beeld
      .clone()
      .resize({ width: MINIATUUR_ZIJDE, height: MINIATUUR_ZIJDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 });
    const [f, m] = await Promise.all([foto.toBuffer(), miniatuur.toBuffer()]);
    return { foto: f, miniatuur: m };
  } catch {
    // bytes that start like a photo but do not decode as one
    throw typeNietToegestaan();
  }
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
