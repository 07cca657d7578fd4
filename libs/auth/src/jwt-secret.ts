import { secretInKeyDir } from '@signaalspoor/config';

/** The file of the demo JWT secret: in the key dir, never beside the database's files. */
export const JWT_SECRET_FILE = 'jwt-secret';

/**
 * Outside production without AUTH_JWT_SECRET, the key dir (SIGNAALSPOOR_KEY_DIR) gets a random
 * secret so demo tokens (`npm run token`) keep working across restarts; a data dir of before the
 * key dir has its secret moved out of it.
 */
export function demoJwtSecret(
  dirs: { keyDir: string; dataDir: string },
  moved?: (from: string, to: string) => void,
): Promise<string> {
  return secretInKeyDir({ keyDir: dirs.keyDir, dataDir: dirs.dataDir, name: JWT_SECRET_FILE, moved });
}
