import { signToken, type TokenClaims } from '@signaalspoor/auth';

export const TEST_SECRET = 'e2e-secret-that-is-at-least-32-characters-long';

/** Authorization header value for a test user, signed with TEST_SECRET. */
export async function bearer(claims: Partial<TokenClaims> & Pick<TokenClaims, 'rol'>): Promise<string> {
  const sub = claims.sub ?? `${claims.rol}-${claims.raad ?? claims.dienst ?? 'test'}`;
  return `Bearer ${await signToken(TEST_SECRET, { ...claims, sub })}`;
}
