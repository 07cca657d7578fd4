import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** The path with symbolic links resolved as far as it exists (a file not yet made has no realpath). */
function real(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(real(parent), basename(absolute));
}

/** Whether `path` is `dir` or lies inside it, symbolic links resolved. */
export function liesInside(path: string, dir: string): boolean {
  const rel = relative(real(dir), real(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

const ignoreMissing = (error: NodeJS.ErrnoException): void => {
  if (error.code !== 'ENOENT') throw error;
};

const readSecret = (file: string): Promise<string | undefined> =>
  readFile(file, 'utf8').then(
    (text) => text.trim(),
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    },
  );

/**
 * A secret file of the key dir (SIGNAALSPOOR_KEY_DIR, outside production), made with a fresh random
 * secret on first use. A data dir from before the key dir keeps its secret beside the database
 * files: it is moved into the key dir (so that the log and demo tokens of that data dir still
 * verify), or, when the key dir already holds another secret of that name, start-up is refused
 * naming both files rather than guessing which one the data was written with.
 */
export async function secretInKeyDir(options: {
  keyDir: string;
  dataDir: string;
  name: string;
  /** log line when a secret was moved out of the data dir */
  moved?: (from: string, to: string) => void;
  /** false: a missing secret is an error, never made (a restore must verify with the data's own secret) */
  create?: boolean;
}): Promise<string> {
  const file = join(options.keyDir, options.name);
  const old = join(options.dataDir, options.name);
  const [current, previous] = await Promise.all([readSecret(file), readSecret(old)]);
  if (previous !== undefined) {
    if (current !== undefined && current !== previous) {
      throw new Error(
        `${old} en ${file} bevatten een verschillend geheim: verwijder het bestand dat niet bij deze data hoort, of geef deze data dir een eigen SIGNAALSPOOR_KEY_DIR`,
      );
    }
    if (current === undefined) {
      await mkdir(options.keyDir, { recursive: true, mode: 0o700 });
      // rename when both dirs share a file system; otherwise write the copy, then remove the original
      await rename(old, file).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return; // moved by a concurrent start of the same process
        await writeFile(file, `${previous}\n`, { flag: 'wx', mode: 0o600 });
        await unlink(old);
      });
      await chmod(file, 0o600);
      options.moved?.(old, file);
      return previous;
    }
    await unlink(old).catch(ignoreMissing);
    options.moved?.(old, file);
    return previous;
  }
  if (current !== undefined) return current;
  if (options.create === false) {
    throw new Error(
      `${file} ontbreekt: zonder het geheim waarmee de data geschreven is valt niets te controleren`,
    );
  }
  await mkdir(options.keyDir, { recursive: true, mode: 0o700 });
  // 'wx': two processes starting at once never overwrite each other's secret
  await writeFile(file, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    },
  );
  await chmod(file, 0o600);
  return (await readSecret(file))!;
}
