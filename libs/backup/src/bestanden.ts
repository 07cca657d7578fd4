import { spawn } from 'node:child_process';
import { chown, copyFile, lstat, mkdir, readdir, readlink, symlink } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * Copies a live directory tree, keeping modes and (as root) owners, so that the copy of a cluster is
 * startable by the user that runs it; files that vanish while copying (temporary files) are skipped,
 * and `skip` names relative paths whose contents are left out (the dir itself is kept).
 */
export async function kopieer(
  from: string,
  to: string,
  skip: (relative: string) => boolean,
  base = '',
): Promise<void> {
  const info = await lstat(from);
  await mkdir(to, { mode: info.mode & 0o7777 });
  await keepOwner(to, info.uid, info.gid);
  if (base !== '' && skip(base)) return;
  for (const name of await readdir(from).catch(ignoreVanished([]))) {
    const relative = base ? `${base}/${name}` : name;
    const source = join(from, name);
    const target = join(to, name);
    const entry = await lstat(source).catch(ignoreVanished(undefined));
    if (!entry) continue;
    if (entry.isDirectory()) {
      await kopieer(source, target, skip, relative);
    } else if (entry.isSymbolicLink()) {
      await symlink(await readlink(source), target);
    } else if (entry.isFile() && !skip(relative)) {
      const copied = await copyFile(source, target).then(() => true, ignoreVanished(false));
      if (copied) await keepOwner(target, entry.uid, entry.gid);
    }
  }
}

async function keepOwner(path: string, uid: number, gid: number): Promise<void> {
  if (userInfo().uid === 0) await chown(path, uid, gid);
}

const ignoreVanished =
  <T>(value: T) =>
  (error: NodeJS.ErrnoException): T => {
    if (error.code === 'ENOENT') return value;
    throw error;
  };

/** Runs a program to its end; rejects with its stderr when it fails. */
export function voerUit(program: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${program} ${args[0]} faalde (${code}): ${err.trim()}`)),
    );
  });
}
