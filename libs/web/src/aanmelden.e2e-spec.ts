import { Logger } from '@nestjs/common';
import { testServers } from '@signaalspoor/testing';
import { startTestAppOnNewDatabase, type TestApp } from '../../../apps/signaalspoor/src/testing/test-app';

// Sign-in while the identity provider is down (nothing listens on its port): the browser lands on
// the sign-in page with a Dutch sentence, never raw JSON or an internal address, and the log says
// what happened.

const DOWN = 'http://127.0.0.1:9';

describe('sign-in while the identity provider is down', () => {
  let t: TestApp;
  let warn: jest.SpyInstance;

  beforeAll(async () => {
    t = await startTestAppOnNewDatabase(testServers()[0].url, {
      OIDC_ISSUER: DOWN,
      OIDC_CLIENT_ID: 'signaalspoor-web',
    });
  });

  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn');
  });

  afterEach(() => warn.mockRestore());

  afterAll(async () => {
    await t?.close();
  });

  const fout = (location: string) => {
    const url = new URL(location, 'http://app');
    expect(url.pathname).toBe('/aanmelden');
    return url.searchParams.get('fout')!;
  };

  it('"Aanmelden" sends the browser back with a Dutch message and logs the failure', async () => {
    const res = await t.http.get('/api/auth/login').expect(302);
    expect(fout(res.headers.location)).toBe('onbereikbaar');
    expect(warn.mock.calls.map(([regel]) => String(regel))).toContainEqual(
      expect.stringMatching(/^Sign-in failed: .*ECONNREFUSED/),
    );
  });

  it('the return from the provider does the same, without an address or a library text', async () => {
    const staat = encodeURIComponent(JSON.stringify({ state: 's', nonce: 'n', verifier: 'v' }));
    const res = await t.http
      .get('/api/auth/callback?code=c&state=s')
      .set('Cookie', `signaalspoor_login=${staat}`)
      .expect(302);
    const bericht = fout(res.headers.location);
    expect(bericht).toBe('onbereikbaar');
    expect(bericht).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|connect/);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Sign-in failed: /));
  });
});
