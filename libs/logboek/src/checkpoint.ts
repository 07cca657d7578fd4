import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { canonicalJson } from '@signaalspoor/event-store';

/** The file in the data dir where checkpoints are appended, one JSON object a line. */
export const CHECKPOINT_FILE = 'audit-checkpoints.jsonl';

/** A signed statement: at `tijd`, the log ended at `positie` with chain hash `hash`. */
export interface Checkpoint {
  positie: number;
  hash: string;
  tijd: string;
  /** Ed25519 over the canonical JSON of positie, hash and tijd, base64 */
  handtekening: string;
}

const signed = ({ positie, hash, tijd }: Omit<Checkpoint, 'handtekening'>): Buffer =>
  Buffer.from(canonicalJson({ positie, hash, tijd }));

export function signCheckpoint(
  key: KeyObject,
  head: { positie: number; hash: string },
  tijd: Date,
): Checkpoint {
  const body = { positie: head.positie, hash: head.hash, tijd: tijd.toISOString() };
  return { ...body, handtekening: sign(null, signed(body), key).toString('base64') };
}

export function isSigned(publicKey: KeyObject | string, checkpoint: Checkpoint): boolean {
  try {
    const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
    return verify(null, signed(checkpoint), key, Buffer.from(checkpoint.handtekening, 'base64'));
  } catch {
    return false;
  }
}

/** Parses checkpoint lines; throws naming the line of one that is not a checkpoint. */
export function parseCheckpoints(text: string): Checkpoint[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      const value = JSON.parse(line) as Partial<Checkpoint>;
      if (
        !Number.isSafeInteger(value.positie) ||
        typeof value.hash !== 'string' ||
        typeof value.tijd !== 'string' ||
        typeof value.handtekening !== 'string'
      ) {
        throw new Error(`regel ${number} is geen checkpoint`);
      }
      return value as Checkpoint;
    });
}

/** The append-only checkpoint file outside the database. */
export class CheckpointFile {
  readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, CHECKPOINT_FILE);
  }

  async read(): Promise<Checkpoint[]> {
    const text = await readFile(this.path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    return parseCheckpoints(text);
  }

  async append(checkpoint: Checkpoint): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
  }
}
