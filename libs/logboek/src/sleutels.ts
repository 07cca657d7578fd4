import { createHash, createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';

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
  /**
   * salt of the person keys' KEKs: a KEK needs this and its generation's file in the key dir. Like
   * the pepper it derives from the OLDEST secret, so the KEKs stay the same across a key rotation.
   */
  kekSalt: Buffer;
  /** names the seal key without revealing it (in every seal; see docs/operations.md, "Rotating keys") */
  sleutelId: string;
  /** the keys of earlier secrets (AUDIT_SIGNING_KEYS_PREVIOUS): they verify, never seal or sign */
  eerdere: ReadonlyArray<Pick<AuditSleutels, 'macKey' | 'sleutelId' | 'publicKeyPem'>>;
}

// PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows it.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

const derive = (secret: Buffer, info: string): Buffer =>
  Buffer.from(hkdfSync('sha256', secret, 'signaalspoor', info, 32));

/**
 * The keys of the current secret, and of earlier ones (oldest first) to verify old seals and
 * checkpoints with. The pepper stays the oldest secret's: person keys are found by it, and an
 * erasure must still find the keys made before a rotation.
 */
export function auditSleutels(secret: string | Buffer, eerdere: ReadonlyArray<string> = []): AuditSleutels {
  const material = Buffer.from(secret);
  const oudste = eerdere.length > 0 ? Buffer.from(eerdere[0]) : material;
  const checkpointKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, derive(material, 'checkpoint ed25519')]),
    format: 'der',
    type: 'pkcs8',
  });
  const macKey = derive(material, 'event mac');
  return {
    macKey,
    sleutelId: createHash('sha256').update(macKey).digest('hex').slice(0, 16),
    checkpointKey,
    publicKeyPem: createPublicKey(checkpointKey).export({ type: 'spki', format: 'pem' }).toString(),
    pepper: derive(oudste, 'privacy pepper'),
    // from the oldest secret, as the pepper: a rotation of the log's secret keeps the KEKs
    kekSalt: derive(oudste, 'person kek salt'),
    eerdere: eerdere.map((earlier) => {
      const { macKey: mac, sleutelId, publicKeyPem } = auditSleutels(earlier);
      return { macKey: mac, sleutelId, publicKeyPem };
    }),
  };
}
