import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuthFout } from './auth.errors';
import { createTokenVerifier, signToken } from './tokens';

// An issuer on loopback that serves only what the verifier reads: its discovery document and its
// JWKS. Tokens are signed here with its key, for any audience, as a provider would for its clients.

const SECRET = 'a-service-secret-that-is-long-enough-0123';
const AUDIENCE = 'https://signaalspoor.test/api';
const CLAIMS = { rol: 'raad', raad: 'dr-kermt' };

describe('token verification against an OIDC issuer', () => {
  let server: Server;
  let issuer: string;
  let privateKey: KeyLike;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((req, res) => {
      res.setHeader('Content-Type', 'application/json');
      if (req.url === '/.well-known/openid-configuration') {
        res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
      } else if (req.url === '/jwks') {
        res.end(JSON.stringify({ keys: [jwk] }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const issued = (audience: string, iss = issuer) =>
    new SignJWT(CLAIMS)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(iss)
      .setAudience(audience)
      .setSubject('kermt')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);

  const refusal = async (promise: Promise<unknown>): Promise<AuthFout> => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AuthFout);
    return error as AuthFout;
  };

  it('refuses a token the provider minted for another client', async () => {
    const verify = createTokenVerifier({ oidcIssuer: issuer, oidcAudience: AUDIENCE });
    await expect(verify(await issued(AUDIENCE))).resolves.toEqual({
      sub: 'kermt',
      rol: 'raad',
      raadId: 'dr-kermt',
    });
    const error = await refusal(verify(await issued('een-andere-client')));
    expect(error.code).toBe('TOKEN_ONGELDIG');
    expect(error.message).toMatch(/claim aud/);
  });

  it('cannot be made without an audience: "any audience" is never the default', () => {
    expect(() => createTokenVerifier({ oidcIssuer: issuer })).toThrow(/audience/);
  });

  it('with a shared secret as well, accepts service tokens (HS256) and people (the issuer) both', async () => {
    const verify = createTokenVerifier({ secret: SECRET, oidcIssuer: issuer, oidcAudience: AUDIENCE });
    await expect(verify(await issued(AUDIENCE))).resolves.toMatchObject({ sub: 'kermt', rol: 'raad' });
    await expect(verify(await signToken(SECRET, { sub: 'script', rol: 'auditor' }))).resolves.toEqual({
      sub: 'script',
      rol: 'auditor',
    });
    // each kind is held to its own rules: the issuer's audience, the shared secret
    expect((await refusal(verify(await issued('een-andere-client')))).message).toMatch(/claim aud/);
    const vreemd = await signToken('another-secret-that-is-long-enough-456', { sub: 'x', rol: 'auditor' });
    expect((await refusal(verify(vreemd))).message).toMatch(/handtekening/);
  });

  it('says the provider is unreachable (503) when its keys cannot be fetched, not that the token is bad', async () => {
    const verify = createTokenVerifier({ oidcIssuer: 'http://127.0.0.1:9', oidcAudience: AUDIENCE });
    const error = await refusal(verify(await issued(AUDIENCE, 'http://127.0.0.1:9')));
    expect(error.code).toBe('PROVIDER_ONBEREIKBAAR');
    expect(error.kind).toBe('unavailable');
    expect(error.message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });
});
