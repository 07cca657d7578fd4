import { spawn, type ChildProcess } from 'node:child_process';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { join } from 'node:path';

export interface TestProvider {
  issuer: string;
  /** signs a token with the provider's own key, for tokens the provider would never issue */
  sign(
    claims: Record<string, unknown>,
    options: { issuer: string; audience: string; sub: string },
  ): Promise<string>;
  stop(): Promise<void>;
}

/** Starts oidc-provider (ESM only) in a child process on loopback and waits until it listens. */
export async function startTestProvider(o: {
  port: number;
  clientId: string;
  redirectUri: string;
  /** where the provider may send the browser after its sign-out */
  postLogoutRedirectUri: string;
  audience: string;
  accounts: Record<string, Record<string, string>>;
}): Promise<TestProvider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'test-sleutel', alg: 'RS256', use: 'sig' };
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-provider.mjs')], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      OIDC_PORT: String(o.port),
      OIDC_KEY: JSON.stringify(jwk),
      OIDC_CLIENT_ID: o.clientId,
      OIDC_REDIRECT_URI: o.redirectUri,
      OIDC_POST_LOGOUT_URI: o.postLogoutRedirectUri,
      OIDC_AUDIENCE: o.audience,
      OIDC_ACCOUNTS: JSON.stringify(o.accounts),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('klaar')) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`oidc-provider stopte (${code}): ${log}`)));
  });
  const issuer = `http://127.0.0.1:${o.port}`;
  return {
    issuer,
    sign: (claims, { issuer: iss, audience, sub }) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
        .setIssuer(iss)
        .setAudience(audience)
        .setSubject(sub)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey as KeyLike),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
