import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { AuthFout } from './auth.errors';
import { GEBRUIKER_ROLLEN, type Gebruiker, type GebruikerRol } from './gebruiker';

export interface TokenClaims {
  sub: string;
  rol: GebruikerRol;
  raad?: string;
  dienst?: string;
}

export interface VerifierOptions {
  /** HS256 shared secret */
  secret?: string;
  /** OIDC issuer: tokens are verified against its JWKS (RS256/ES256...) */
  oidcIssuer?: string;
  oidcAudience?: string;
}

export type TokenVerifier = (token: string) => Promise<Gebruiker>;

const ongeldig = (reden: string) => new AuthFout('TOKEN_ONGELDIG', `Ongeldig token: ${reden}.`);

/**
 * Verifies a bearer token with jose: HS256 with the shared secret, or the issuer's JWKS. Only the
 * listed algorithms are accepted, so `alg: none` and algorithm confusion are refused; `exp` is required.
 */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const secret = options.secret ? new TextEncoder().encode(options.secret) : undefined;
  let jwks: JWTVerifyGetKey | undefined;
  const issuerKeys = async (): Promise<JWTVerifyGetKey> => {
    if (!jwks) {
      const issuer = options.oidcIssuer!.replace(/\/$/, '');
      const discovery = await fetch(`${issuer}/.well-known/openid-configuration`);
      if (!discovery.ok) throw ongeldig('de identiteitsprovider is niet bereikbaar');
      const { jwks_uri } = (await discovery.json()) as { jwks_uri: string };
      jwks = createRemoteJWKSet(new URL(jwks_uri));
    }
    return jwks;
  };

  return async (token) => {
    let payload: JWTPayload;
    try {
      if (secret) {
        ({ payload } = await jwtVerify(token, secret, {
          algorithms: ['HS256'],
          requiredClaims: ['exp', 'sub'],
        }));
      } else if (options.oidcIssuer) {
        ({ payload } = await jwtVerify(token, await issuerKeys(), {
          algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
          issuer: options.oidcIssuer,
          audience: options.oidcAudience,
          requiredClaims: ['exp', 'sub'],
        }));
      } else {
        throw ongeldig('geen verificatiesleutel geconfigureerd');
      }
    } catch (error) {
      if (error instanceof AuthFout) throw error;
      const code = (error as { code?: string }).code;
      throw ongeldig(code === 'ERR_JWT_EXPIRED' ? 'verlopen' : 'handtekening of inhoud klopt niet');
    }
    return toGebruiker(payload);
  };
}

function toGebruiker(payload: JWTPayload): Gebruiker {
  const rol = payload.rol;
  if (typeof rol !== 'string' || !(GEBRUIKER_ROLLEN as readonly string[]).includes(rol)) {
    throw ongeldig(`claim rol moet een van ${GEBRUIKER_ROLLEN.join(', ')} zijn`);
  }
  const gebruiker: Gebruiker = { sub: payload.sub!, rol: rol as GebruikerRol };
  if (rol === 'raad') {
    if (typeof payload.raad !== 'string' || !payload.raad)
      throw ongeldig('claim raad ontbreekt voor rol raad');
    gebruiker.raadId = payload.raad;
  }
  if (rol === 'dienst') {
    if (typeof payload.dienst !== 'string' || !payload.dienst)
      throw ongeldig('claim dienst ontbreekt voor rol dienst');
    gebruiker.dienstId = payload.dienst;
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
