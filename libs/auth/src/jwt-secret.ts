import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const jwtSecretFile = (dataDir: string): string => join(dataDir, 'jwt-secret');

/**
 * Outside production without AUTH_JWT_SECRET, each data dir gets its own random secret so demo
 * tokens (`npm run token`) keep working across restarts on the same data.
 */
export async function dataDirJwtSecret(dataDir: string): Promise<string> {
  const file = jwtSecretFile(dataDir);
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, secret + '\n', { mode: 0o600, flag: 'wx' }).catch(async (error) => {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  });
  return (await readFile(file, 'utf8')).trim();
}
