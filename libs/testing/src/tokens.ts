import { signToken, type TokenClaims } from '@signaalspoor/auth';

export const TEST_SECRET = 'e2e-secret-that-is-at-least-32-characters-long';

/**
 * AUDIT_SIGNING_KEY of test apps: a test that writes events into an app's database must seal them with
 * it (`verzegel` from @signaalspoor/logboek) or write through the app's EVENT_STORE; the app refuses
 * unsealed events.
 */
export const TEST_AUDIT_SIGNING_KEY = 'test-audit-signing-key-not-for-production';

/** Authorization header value for a test user, signed with TEST_SECRET. */
export async function bearer(claims: Partial<TokenClaims> & Pick<TokenClaims, 'rol'>): Promise<string> {
  const sub = claims.sub ?? `${claims.rol}-${claims.raad ?? claims.dienst ?? 'test'}`;
  return `Bearer ${await signToken(TEST_SECRET, { ...claims, sub })}`;
}
