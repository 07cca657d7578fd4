import { createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';

/** The file in the key dir that holds the log's secret when neither AUDIT_SIGNING_KEY nor its file is set. */
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
  };
}
