import type { Config } from '@signaalspoor/config';
import type { ReferenceData } from '@signaalspoor/reference-data';
import express from 'express';
import request from 'supertest';
import { AuthController } from './auth.controller';
import { LOGIN_COOKIE } from './cookies';
import type { OidcLogin } from './oidc';
import type { PostgresSessies } from './sessies';
import type { TokenVerifier } from '@signaalspoor/auth';

/** The callback of the OIDC sign-in in front of an identity provider that refuses with `fout`. */
function callbackMet(fout: Error) {
  const oidc = { afronden: () => Promise.reject(fout) } as unknown as OidcLogin;
  const controller = new AuthController(
    { nodeEnv: 'test' } as Config,
    oidc,
    false,
    (() => Promise.reject(new Error('niet gebruikt'))) as TokenVerifier,
    {} as PostgresSessies,
    {} as ReferenceData,
  );
  const app = express();
  app.get('/api/auth/callback', (req, res) => void controller.callback(req, req.query, res));
  return app;
}

const staat = `${LOGIN_COOKIE}=${encodeURIComponent(JSON.stringify({ state: 's', nonce: 'n', verifier: 'v' }))}`;

describe('the end of an OIDC sign-in that failed', () => {
  it('sends the page a code of the fixed list, never the text of the error (which a link can set)', async () => {
    const res = await request(callbackMet(new Error('Bel 0800 12345 met je wachtwoord')))
      .get('/api/auth/callback?error=x&error_description=Bel+0800+12345+met+je+wachtwoord')
      .set('Cookie', staat)
      .expect(302);
    // an error the app cannot place counts as the provider being out of reach
    expect(res.headers.location).toBe('/aanmelden?fout=onbereikbaar');
  });

  it('says the provider was refused, and that a sign-in without its state expired', async () => {
    const geweigerd = Object.assign(new Error('access_denied (nee)'), { error: 'access_denied' });
    const res = await request(callbackMet(geweigerd)).get('/api/auth/callback').set('Cookie', staat);
    expect(res.headers.location).toBe('/aanmelden?fout=geweigerd');
    const zonderStaat = await request(callbackMet(new Error('x'))).get('/api/auth/callback');
    expect(zonderStaat.headers.location).toBe('/aanmelden?fout=verlopen');
  });
});
