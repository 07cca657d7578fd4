import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

const FILE = /^person-kek-([0-9a-f-]{36})-(\d+)\.key$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The key-encryption keys (KEK) of the person keys, one generation per file in the key dir
 * (SIGNAALSPOOR_KEY_DIR), never in the database nor in its data dir. A generation's KEK is derived
 * from its file (32 random bytes) and a salt derived from the log secret, so a copy of the key dir
 * alone unwraps nothing either. Destroying a generation's file makes every copy of a person key it
 * wrapped — in dead rows, the WAL, a backup — unreadable for good: that is what makes an erasure final.
 * File names carry the installation (an id kept in the database, `privacy.kek`), so databases that
 * share a key dir by mistake never destroy each other's KEKs.
 */
export class PersoonsKeks {
  /** the generations this process read, newest only once it saw a newer one */
  private readonly geladen = new Map<number, Buffer>();
  private installatie?: string;

  constructor(
    readonly dir: string,
    private readonly salt: Buffer,
  ) {}

  /** The installation whose generations these are; set from the database before any other use. */
  voor(installatie: string): this {
    if (this.installatie !== installatie) this.geladen.clear();
    this.installatie = installatie;
    return this;
  }

  private fileOf(generatie: number): string {
    if (!this.installatie) throw new Error('PersoonsKeks: installatie onbekend');
    return `person-kek-${this.installatie}-${generatie}.key`;
  }

  /** The generations whose file exists, oldest first. */
  async generaties(): Promise<number[]> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    return (await readdir(this.dir))
      .map((name) => FILE.exec(name))
      .filter((match) => match !== null && match[1] === this.installatie)
      .map((match) => Number(match![2]))
      .sort((a, b) => a - b);
  }

  /** The KEK of a generation, or undefined once its file is destroyed (or missing). */
  async kek(generatie: number): Promise<Buffer | undefined> {
    const known = this.geladen.get(generatie);
    if (known) return known;
    const material = await readFile(join(this.dir, this.fileOf(generatie)), 'utf8').catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      },
    );
    if (material === undefined) return undefined;
    const kek = this.derive(generatie, Buffer.from(material.trim(), 'base64'));
    // a newer generation replaces the older ones in memory, as on disk
    for (const older of this.geladen.keys()) if (older < generatie) this.geladen.delete(older);
    this.geladen.set(generatie, kek);
    return kek;
  }

  /** Makes generation `generatie` (a fresh random file, written and synced before it wraps anything). */
  async maak(generatie: number): Promise<Buffer> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const material = randomBytes(32);
    // 'w': a file of this number from a rotation that never committed wraps nothing
    const file = await open(join(this.dir, this.fileOf(generatie)), 'w', 0o600);
    try {
      await file.writeFile(`${material.toString('base64')}\n`);
      await file.sync();
    } finally {
      await file.close();
    }
    await chmod(join(this.dir, this.fileOf(generatie)), 0o600);
    await syncDir(this.dir);
    const kek = this.derive(generatie, material);
    this.geladen.set(generatie, kek);
    return kek;
  }

  /** Destroys every generation before `generatie` that `keep` does not name: overwritten, synced, unlinked. */
  async vernietigVoor(generatie: number, keep: ReadonlySet<number> = new Set()): Promise<number[]> {
    const destroyed: number[] = [];
    for (const old of await this.generaties()) {
      if (old >= generatie || keep.has(old)) continue;
      const path = join(this.dir, this.fileOf(old));
      const file = await open(path, 'r+');
      try {
        const { size } = await file.stat();
        await file.write(randomBytes(Math.max(size, 64)), 0, Math.max(size, 64), 0);
        await file.sync();
      } finally {
        await file.close();
      }
      await unlink(path);
      this.geladen.delete(old);
      destroyed.push(old);
    }
    if (destroyed.length > 0) await syncDir(this.dir);
    return destroyed;
  }

  private derive(generatie: number, material: Buffer): Buffer {
    return Buffer.from(hkdfSync('sha256', material, this.salt, `person kek ${generatie}`, 32));
  }
}

/** A person key wrapped by a KEK: AES-256-GCM, bound to the key's id and the generation. */
export function wrap(kek: Buffer, generatie: number, id: string, key: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', kek, iv).setAAD(Buffer.from(`${id}:${generatie}`));
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]);
}

/** The person key, or undefined when this KEK did not wrap it (another generation, another id, altered). */
export function unwrap(kek: Buffer, generatie: number, id: string, wrapped: Buffer): Buffer | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, wrapped.subarray(0, IV_BYTES))
      .setAAD(Buffer.from(`${id}:${generatie}`))
      .setAuthTag(wrapped.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(wrapped.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    return undefined;
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
