import type { Gebruiker, TokenVerifier } from '@signaalspoor/auth';
import { leesCookie, SESSIE_COOKIE } from '@signaalspoor/web';
import type { Request } from 'express';
import { adresSleutel } from './adres';

/** Who a request counts against: a verified identity, or else the address it came from. */
export interface Client {
  /** `gebruiker:<rol>:<sub>` or `adres:<ip>` (an IPv6 address by its /56 network) */
  key: string;
  gebruiker?: Gebruiker;
}

const clients = new WeakMap<Request, Promise<Client>>();

/**
 * What a token verified to (or null: refused), for a minute, per verifier: a flood repeats one
 * token, and its requests must be cheap to refuse. Only the limits rely on it; the AuthGuard and
 * the operator-only check verify every time.
 * Bounded: a flood of distinct tokens empties it.
 */
type Verified = Map<string, { gebruiker: Promise<Gebruiker | null>; until: number }>;
const verifiedBy = new WeakMap<TokenVerifier, Verified>();
const VERIFIED_MS = 60_000;
const VERIFIED_MAX = 10_000;

function verifyOnce(token: string, verify: TokenVerifier): Promise<Gebruiker | null> {
  let verified = verifiedBy.get(verify);
  if (!verified) verifiedBy.set(verify, (verified = new Map()));
  const now = Date.now();
  const known = verified.get(token);
  if (known && known.until > now) return known.gebruiker;
  if (verified.size >= VERIFIED_MAX) verified.clear();
  const gebruiker = verify(token).catch(() => null);
  verified.set(token, { gebruiker, until: now + VERIFIED_MS });
  return gebruiker;
}

/** The bearer token of a request: the Authorization header, or else the web app's session cookie. */
export function tokenOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (typeof header === 'string') return /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  return leesCookie(req, SESSIE_COOKIE);
}

/**
 * The client of a request, once per request. A token only counts when it verifies: a forged or
 * expired one cannot move its sender to someone else's budget, it counts against its address.
 */
export function clientOf(req: Request, verify: TokenVerifier): Promise<Client> {
  let client = clients.get(req);
  if (!client) {
    const adres = { key: `adres:${adresSleutel(req.ip ?? req.socket.remoteAddress ?? '')}` };
    const token = tokenOf(req);
    client = token
      ? verifyOnce(token, verify).then((gebruiker) =>
          gebruiker ? { key: `gebruiker:${gebruiker.rol}:${gebruiker.sub}`, gebruiker } : adres,
        )
      : Promise.resolve(adres);
    clients.set(req, client);
  }
  return client;
}
