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

function checkpointOf(line: string, number: number): Checkpoint {
  let value: Partial<Checkpoint>;
  try {
    value = JSON.parse(line) as Partial<Checkpoint>;
  } catch {
    throw new Error(`regel ${number} is geen JSON`);
  }
  // a shipped log line: { "msg": "checkpoint", "checkpoint": { … } }
  const logLine = value as { msg?: unknown; checkpoint?: Partial<Checkpoint> };
  if (logLine.msg === 'checkpoint' && typeof logLine.checkpoint === 'object') value = logLine.checkpoint;
  if (
    !Number.isSafeInteger(value?.positie) ||
    typeof value.hash !== 'string' ||
    typeof value.tijd !== 'string' ||
    typeof value.handtekening !== 'string'
  ) {
    throw new Error(`regel ${number} is geen checkpoint`);
  }
  return { positie: value.positie!, hash: value.hash, tijd: value.tijd, handtekening: value.handtekening };
}

const numbered = (text: string) =>
  text.split('\n').map((line, index) => ({ line: line.trim(), number: index + 1 }));

/** Parses checkpoint lines; throws naming the line of one that is not a checkpoint. */
export function parseCheckpoints(text: string): Checkpoint[] {
  return numbered(text)
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => checkpointOf(line, number));
}

/**
 * The checkpoints a witness kept: every line that is a JSON object (the webhook's bodies one a line,
 * the line copied from the auditors' mail, or the app's shipped `checkpoint` log lines); other lines
 * (a mail's text) are skipped. Throws when
 * a JSON line is not a checkpoint, or when there is none.
 */
export function getuigdeCheckpoints(text: string): Checkpoint[] {
  const found = numbered(text)
    .filter(({ line }) => line.startsWith('{'))
    .map(({ line, number }) => checkpointOf(line, number));
  if (found.length === 0) throw new Error('geen enkel checkpoint gevonden');
  return found;
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
