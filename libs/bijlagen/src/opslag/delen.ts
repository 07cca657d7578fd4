import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Deel, Weergave } from './bijlagen-opslag';

/** The plain bytes of one stored chunk at most: an attachment is written and read this much at a time. */
export const DEEL_BYTES = 256 * 1024;
const IV_BYTES = 12;
const TAG_BYTES = 16;

type Plek = Omit<Deel, 'versleuteld'>;

/**
 * An attachment's own data key (random, AES-256-GCM), sealed with the person's key for storage: so
 * `vergeet`, which destroys the person key, leaves the chunks unreadable too. Each chunk is sealed on
 * its own (iv, tag, ciphertext) with its place as associated data — attachment, weergave, number and
 * whether it is the last — so a chunk opens only in its place, a truncated attachment does not open,
 * and every chunk is authenticated before a byte of it is served. The key exists before the form's
 * fields are read (they may follow the file), so the bytes are sealed as they stream in.
 */
export class DataSleutel {
  constructor(readonly bytes: Buffer = randomBytes(32)) {}

  verzegel(id: string, plek: Plek, data: Buffer): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.bytes, iv).setAAD(aad(id, plek));
    const versleuteld = Buffer.concat([iv, Buffer.alloc(TAG_BYTES), cipher.update(data), cipher.final()]);
    cipher.getAuthTag().copy(versleuteld, IV_BYTES);
    return versleuteld;
  }

  /** The plain bytes of a chunk; throws when it does not authenticate in its place. */
  open(id: string, deel: Deel): Buffer {
    const raw = deel.versleuteld;
    const decipher = createDecipheriv('aes-256-gcm', this.bytes, raw.subarray(0, IV_BYTES))
      .setAAD(aad(id, deel))
      .setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  }
}

const aad = (id: string, { weergave, volgnummer, laatste }: Plek) =>
  Buffer.from(`${id}/${weergave}/${volgnummer}/${laatste ? 'laatste' : 'meer'}`);

/**
 * Writes `bron` as sealed chunks of DEEL_BYTES (the last one shorter), in order, one write at a time
 * (the next chunk is sealed while the previous one is written), so a slow store slows the stream
 * instead of filling memory. One full chunk is held back
 * until the next bytes arrive: only then is it known whether it is the last. Answers the SHA-256
 * (hex) and the length of the plain bytes.
 */
export async function schrijfInDelen(
  bron: AsyncIterable<Buffer>,
  plaats: { id: string; weergave: Weergave; sleutel: DataSleutel },
  schrijf: (deel: Deel) => Promise<void>,
): Promise<{ sha256: string; grootte: number }> {
  const { id, weergave, sleutel } = plaats;
  const hash = createHash('sha256');
  let grootte = 0;
  let volgnummer = 0;
  let stukken: Buffer[] = [];
  let opgevangen = 0;
  let wacht: Buffer | undefined;
  // the write in flight: the next chunk is read and sealed meanwhile, and written after it
  let bezig: Promise<void> = Promise.resolve();
  const schrijfDeel = async (data: Buffer, laatste: boolean) => {
    const plek = { weergave, volgnummer, laatste };
    const versleuteld = sleutel.verzegel(id, plek, data);
    volgnummer += 1;
    await bezig;
    bezig = schrijf({ ...plek, versleuteld });
    // awaited before the next write or at the end; until then its failure is not unhandled
    bezig.catch(() => undefined);
  };
  for await (const stuk of bron) {
    hash.update(stuk);
    grootte += stuk.length;
    stukken.push(stuk);
    opgevangen += stuk.length;
    while (opgevangen >= DEEL_BYTES) {
      // one large buffer (a re-encoded photo) is cut without copying
      const alles = stukken.length === 1 ? stukken[0] : Buffer.concat(stukken, opgevangen);
      const rest = alles.subarray(DEEL_BYTES);
      stukken = rest.length > 0 ? [rest] : [];
      opgevangen = rest.length;
      if (wacht) await schrijfDeel(wacht, false);
      wacht = alles.subarray(0, DEEL_BYTES);
    }
  }
  if (opgevangen > 0) {
    if (wacht) await schrijfDeel(wacht, false);
    wacht = Buffer.concat(stukken, opgevangen);
  }
  if (wacht) await schrijfDeel(wacht, true);
  await bezig;
  return { sha256: hash.digest('hex'), grootte };
}

/**
 * The plain bytes of stored chunks, chunk by chunk, each authenticated before it is given; throws
 * on a chunk out of order, altered or out of its place, and on an attachment that ends early.
 */
export async function* openDelen(
  id: string,
  sleutel: DataSleutel,
  delen: AsyncIterable<Deel>,
): AsyncIterable<Buffer> {
  let verwacht = 0;
  let laatste = false;
  for await (const deel of delen) {
    if (laatste || deel.volgnummer !== verwacht) throw new Error(`Chunk ${deel.volgnummer} out of order`);
    yield sleutel.open(id, deel);
    verwacht += 1;
    laatste = deel.laatste;
  }
  if (!laatste) throw new Error(`Attachment ${id} ends after ${verwacht} chunks`);
}
