import { createSecretKey } from 'node:crypto';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  jwtVerify,
  SignJWT,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { AuthFout } from './auth.errors';
import { GEBRUIKER_ROLLEN, type Gebruiker, type GebruikerRol } from './gebruiker';

export interface TokenClaims {
  sub: string;
  rol: GebruikerRol;
  raad?: string;
  dienst?: string;
}

export interface VerifierOptions {
  /** HS256 shared secret: service tokens, demo users */
  secret?: string;
  /** OIDC issuer: people's tokens are verified against its JWKS (RS256/ES256...) */
  oidcIssuer?: string;
  /** required with oidcIssuer: the issuer's tokens for other clients are refused */
  oidcAudience?: string;
}

export type TokenVerifier = (token: string) => Promise<Gebruiker>;

const ongeldig = (reden: string) => new AuthFout('TOKEN_ONGELDIG', `Ongeldig token: ${reden}.`);

/** The issuer's algorithms (asymmetric only: its public keys can never verify an HS256 token). */
const OIDC_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

const onbereikbaar = () =>
  new AuthFout(
    'PROVIDER_ONBEREIKBAAR',
    'De identiteitsprovider is niet bereikbaar; probeer het zo meteen opnieuw.',
  );

/**
 * Verifies a bearer token with jose. With both a secret and an issuer, both kinds are accepted and
 * the token's `alg` picks its verification: HS256 with the shared secret (service tokens), the
 * issuer's algorithms against its JWKS (people). Each path allows only its own algorithms, so
 * `alg: none` and algorithm confusion are refused; `exp` is required; an issuer's token must name
 * the configured audience.
 */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  if (options.oidcIssuer && !options.oidcAudience) {
    throw new Error('An OIDC issuer needs an audience, or any client of the provider would be accepted');
  }
  // a KeyObject made once: given the bytes, jose would make one on every request
  const secret = options.secret ? createSecretKey(Buffer.from(options.secret, 'utf8')) : undefined;
  let jwks: JWTVerifyGetKey | undefined;
  const issuerKeys = async (): Promise<JWTVerifyGetKey> => {
    if (!jwks) {
      const issuer = options.oidcIssuer!.replace(/\/$/, '');
      const discovery = await fetch(`${issuer}/.well-known/openid-configuration`).catch(() => {
        throw onbereikbaar();
      });
      if (!discovery.ok) throw onbereikbaar();
      const { jwks_uri } = (await discovery.json()) as { jwks_uri: string };
      jwks = createRemoteJWKSet(new URL(jwks_uri));
    }
    return jwks;
  };

  return async (token) => {
    checkCompact(token);
    let payload: JWTPayload;
    try {
      const { alg } = decodeProtectedHeader(token);
      if (secret && alg === 'HS256') {
        ({ payload } = await jwtVerify(token, secret, {
          algorithms: ['HS256'],
          requiredClaims: ['exp', 'sub'],
        }));
      } else if (options.oidcIssuer && typeof alg === 'string' && OIDC_ALGORITHMS.includes(alg)) {
        ({ payload } = await jwtVerify(token, await issuerKeys(), {
          algorithms: OIDC_ALGORITHMS,
          issuer: options.oidcIssuer,
          audience: options.oidcAudience,
          requiredClaims: ['exp', 'sub'],
        }));
      } else if (!secret && !options.oidcIssuer) {
        throw ongeldig('geen verificatiesleutel geconfigureerd');
      } else {
        throw ongeldig(`algoritme ${String(alg)} wordt hier niet aanvaard`);
      }
    } catch (error) {
      if (error instanceof AuthFout) throw error;
      const { code, claim } = error as { code?: string; claim?: string };
      if (code === 'ERR_JWT_EXPIRED') throw ongeldig('verlopen');
      if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim) {
        throw ongeldig(`claim ${claim} ontbreekt of klopt niet`);
      }
      // the issuer's keys could not be fetched (a timeout, a refused connection, not a 200): not
      // the token's fault
      if (code === 'ERR_JWKS_TIMEOUT' || code === 'ERR_JOSE_GENERIC' || /^E[A-Z]+$/.test(code ?? '')) {
        throw onbereikbaar();
      }
      throw ongeldig('handtekening of inhoud klopt niet');
    }
    return toGebruiker(payload);
  };
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Three segments in canonical base64url: no padding, no `+` or `/`, and no unused bits set, so one
 * token has exactly one spelling (jose's decoder is lenient and would take `sig=` as `sig`).
 */
function checkCompact(token: string): void {
  const segments = token.split('.');
  const canonical =
    segments.length === 3 &&
    segments.every(
      (segment) =>
        BASE64URL.test(segment) && Buffer.from(segment, 'base64url').toString('base64url') === segment,
    );
  if (!canonical) throw ongeldig('geen geldige JWT (drie delen in canonieke base64url)');
}

/** A claim text: not empty, at most 255 characters, no control characters or lone surrogates. */
const isTekst = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 255 && !/[\p{Cc}\p{Cs}]/u.test(value);

/** Which of the raad and dienst claims each role carries: required, or absent. */
const CLAIMS_PER_ROL: Record<GebruikerRol, { raad: boolean; dienst: boolean }> = {
  raad: { raad: true, dienst: false },
  dienst: { raad: false, dienst: true },
  wijkmanager: { raad: false, dienst: false },
  auditor: { raad: false, dienst: false },
  beheerder: { raad: false, dienst: false },
};

function toGebruiker(payload: JWTPayload): Gebruiker {
  if (!isTekst(payload.sub)) throw ongeldig('claim sub moet een niet-lege tekst zijn');
  for (const claim of ['exp', 'nbf', 'iat'] as const) {
    const value = payload[claim];
    if ((claim === 'exp' || value !== undefined) && !(typeof value === 'number' && Number.isFinite(value))) {
      throw ongeldig(`claim ${claim} moet een eindig getal zijn`);
    }
  }
  const rol = payload.rol;
  if (typeof rol !== 'string' || !(GEBRUIKER_ROLLEN as readonly string[]).includes(rol)) {
    throw ongeldig(`claim rol moet een van ${GEBRUIKER_ROLLEN.join(', ')} zijn`);
  }
  const gebruiker: Gebruiker = {
    sub: payload.sub,
    rol: rol as GebruikerRol,
    verlooptOp: payload.exp! * 1000,
  };
  for (const claim of ['raad', 'dienst'] as const) {
    const value = payload[claim];
    if (CLAIMS_PER_ROL[gebruiker.rol][claim]) {
      if (!isTekst(value)) throw ongeldig(`claim ${claim} ontbreekt voor rol ${rol}`);
      gebruiker[claim === 'raad' ? 'raadId' : 'dienstId'] = value;
    } else if (value !== undefined) {
      throw ongeldig(`claim ${claim} hoort niet bij rol ${rol}`);
    }
  }
  return gebruiker;
}

/** Signs an HS256 token (demo tokens, tests). */
export async function signToken(secret: string, claims: TokenClaims, expiresIn = '12h'): Promise<string> {
  return new SignJWT({ rol: claims.rol, raad: claims.raad, dienst: claims.dienst })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
