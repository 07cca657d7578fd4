import { createPrivateKey, createPublicKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file in the data dir that holds the log's secret when AUDIT_SIGNING_KEY is unset. */
export const KEY_FILE = 'audit-signing.key';

/**
 * Everything derived from the one secret of the log (AUDIT_SIGNING_KEY or the key file), which is
 * never stored in the database: the MAC key that seals each event, the Ed25519 key pair that signs
 * checkpoints, and the pepper that turns an e-mail address into a lookup key for its person key.
 */
export interface AuditSleutels {
  macKey: Buffer;
  checkpointKey: KeyObject;
  /** PEM (SPKI) of the checkpoint key: all an offline verifier needs */
  publicKeyPem: string;
  pepper: Buffer;
  /** salt of the person keys' KEKs: a KEK needs this and its generation's file in the key dir */
  kekSalt: Buffer;
}

// PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows it.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

const derive = (secret: Buffer, info: string): Buffer =>
  Buffer.from(hkdfSync('sha256', secret, 'signaalspoor', info, 32));

export function auditSleutels(secret: string | Buffer): AuditSleutels {
  const material = Buffer.from(secret);
  const checkpointKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, derive(material, 'checkpoint ed25519')]),
    format: 'der',
    type: 'pkcs8',
  });
  return {
    macKey: derive(material, 'event mac'),
    checkpointKey,
    publicKeyPem: createPublicKey(checkpointKey).export({ type: 'spki', format: 'pem' }).toString(),
    pepper: derive(material, 'privacy pepper'),
    kekSalt: derive(material, 'person kek salt'),
  };
}

/**
 * The configured secret, or the data dir's key file (created with a fresh random secret on first start,
 * unless `create` is false: then a missing file is an error, as for a restore, which must verify with
 * the log's own key).
 */
export async function loadAuditSleutels(options: {
  signingKey?: string;
  dataDir: string;
  create?: boolean;
}): Promise<AuditSleutels> {
  if (options.signingKey) return auditSleutels(options.signingKey);
  const file = join(options.dataDir, KEY_FILE);
  const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing !== undefined) return auditSleutels(existing.trim());
  if (options.create === false) {
    throw new Error(
      `${file} ontbreekt en AUDIT_SIGNING_KEY is niet gezet: zonder de sleutel van het logboek valt niets te controleren`,
    );
  }
  const secret = randomBytes(32).toString('base64');
  await mkdir(options.dataDir, { recursive: true });
  // 'wx': two processes starting at once never overwrite each other's key
  await writeFile(file, `${secret}\n`, { flag: 'wx', mode: 0o600 }).catch(
    async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    },
  );
  await chmod(file, 0o600);
  return auditSleutels((await readFile(file, 'utf8')).trim());
}
