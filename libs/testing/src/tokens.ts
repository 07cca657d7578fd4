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

/** The users of the Hasselt demo reference data that the HTTP specs act as. */
const DEMO_USERS = {
  kermt: { rol: 'raad', raad: 'dr-kermt' },
  kuringen: { rol: 'raad', raad: 'dr-kuringen' },
  stevoort: { rol: 'raad', raad: 'dr-stevoort' },
  wmOost: { rol: 'wijkmanager', sub: 'wm-oost' },
  wmNoord: { rol: 'wijkmanager', sub: 'wm-noord' },
  mobiliteit: { rol: 'dienst', dienst: 'mobiliteit' },
  awv: { rol: 'dienst', dienst: 'awv' },
  openbaarDomein: { rol: 'dienst', dienst: 'openbaar-domein' },
  groen: { rol: 'dienst', dienst: 'groen' },
  auditor: { rol: 'auditor' },
  beheerder: { rol: 'beheerder' },
} satisfies Record<string, Parameters<typeof bearer>[0]>;
export type DemoUser = keyof typeof DEMO_USERS;

/** One demo user of each role, by the role's name (`wm` the wijkmanager): `bearers({ ...EEN_PER_ROL })`. */
export const EEN_PER_ROL = {
  raad: 'kermt',
  wm: 'wmOost',
  dienst: 'mobiliteit',
  auditor: 'auditor',
  beheerder: 'beheerder',
} as const satisfies Record<string, DemoUser>;

/**
 * Authorization header values of demo users: `['kermt', 'auditor']` keys them by user, `{ raad: 'kermt' }`
 * by the spec's own name.
 */
export async function bearers(users: DemoUser[] | Record<string, DemoUser>): Promise<Record<string, string>> {
  const named = Array.isArray(users) ? users.map((user) => [user, user]) : Object.entries(users);
  return Object.fromEntries(
    await Promise.all(named.map(async ([name, user]) => [name, await bearer(DEMO_USERS[user])])),
  );
}
