import type { INestApplication } from '@nestjs/common';
import { createHttpApp } from '@signaalspoor/platform';
import { createTestDatabase, testConfig, testServers, type TestDatabase } from '@signaalspoor/testing';
import type { Browser } from 'playwright-core';
import { AppModule } from '../../../apps/signaalspoor/src/app.module';
import { launchChromium } from './testing/chromium';
import { startTestProvider, type TestProvider } from './testing/oidc-provider';

// Sign-in through a real OpenID provider (oidc-provider, certified) on loopback: the authorization
// code flow with PKCE from the web app's login button to a session, and the API refusing tokens
// from the provider's own key that name another audience or another issuer.

const PROVIDER_PORT = 3610;
const APP_PORT = 3611;
const APP = `http://127.0.0.1:${APP_PORT}`;
const AUDIENCE = 'https://signaalspoor.test/api';

describe('OIDC sign-in against a real provider', () => {
  let provider: TestProvider;
  let db: TestDatabase;
  let app: INestApplication;
  let browser: Browser;

  beforeAll(async () => {
    provider = await startTestProvider({
      port: PROVIDER_PORT,
      clientId: 'signaalspoor-web',
      redirectUri: `${APP}/api/auth/callback`,
      postLogoutRedirectUri: `${APP}/aanmelden`,
      audience: AUDIENCE,
      accounts: { kermt: { rol: 'raad', raad: 'dr-kermt' } },
    });
    db = await createTestDatabase(testServers()[0].url);
    const config = testConfig(db.url, {
      AUTH_JWT_SECRET: undefined,
      OIDC_ISSUER: provider.issuer,
      OIDC_AUDIENCE: AUDIENCE,
      OIDC_CLIENT_ID: 'signaalspoor-web',
      PUBLIC_URL: APP,
    });
    app = await createHttpApp(AppModule.forRoot(config), 'Signaalspoor', config);
    await app.listen(APP_PORT, '127.0.0.1');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await db?.drop();
    await provider?.stop();
  });

  it('signs a raad in with the code flow and PKCE; the session cookie works for the API', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(APP + '/');
    // outside production but with an issuer and no shared secret: no demo users, only the provider
    expect(await page.getByRole('heading', { name: 'Demo-gebruikers' }).count()).toBe(0);
    const [authorize] = await Promise.all([
      page.waitForRequest((r) => r.url().startsWith(`${provider.issuer}/auth`)),
      page.getByRole('link', { name: 'Aanmelden met je stadsaccount' }).click(),
    ]);
    const params = new URL(authorize.url()).searchParams;
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('response_type')).toBe('code');
    expect(params.get('resource')).toBe(AUDIENCE);
    await page.locator('input[name=login]').fill('kermt');
    await page.locator('input[name=password]').fill('om het even');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('heading', { name: 'Mijn signalen' }).waitFor();
    expect(page.url()).toBe(`${APP}/signalen`);

    const sessie = await context.request.get(`${APP}/api/auth/sessie`);
    expect(await sessie.json()).toMatchObject({ sub: 'kermt', rol: 'raad', raad: 'dr-kermt' });
    const cookie = (await context.cookies()).find((c) => c.name === 'signaalspoor_sessie')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api' });
    // a state change with the cookie but without the CSRF header is refused
    const zonder = await context.request.post(`${APP}/api/signalen`, {
      data: { titel: 'x', omschrijving: 'y', thema: 'groen' },
    });
    expect(zonder.status()).toBe(403);
    await context.close();
  });

  it('signs out here and at the provider: the next sign-in on this browser asks who you are', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const aanmelden = async () => {
      await page.goto(APP + '/');
      await page.getByRole('link', { name: 'Aanmelden met je stadsaccount' }).click();
    };
    await aanmelden();
    await page.locator('input[name=login]').fill('kermt');
    await page.locator('input[name=password]').fill('om het even');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('heading', { name: 'Mijn signalen' }).waitFor();
    const cookie = (await context.cookies()).find((c) => c.name === 'signaalspoor_sessie')!;

    // "Afmelden": the session ends here, then the provider asks to end its own
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/session/end`));
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(`${APP}/aanmelden`);

    // a copy of the old cookie opens nothing
    const oud = await fetch(`${APP}/api/auth/sessie`, {
      headers: { Cookie: `${cookie.name}=${cookie.value}` },
    });
    expect(oud.status).toBe(401);
    // the next person at this computer is asked to sign in, not signed in as kermt
    await aanmelden();
    await page.locator('input[name=login]').waitFor();
    expect(page.url().startsWith(provider.issuer)).toBe(true);
    await context.close();
  });

  it('refuses a token of the same key with the wrong audience or issuer', async () => {
    const claims = { rol: 'raad', raad: 'dr-kermt' };
    const als = async (issuer: string, audience: string) => {
      const token = await provider.sign(claims, { issuer, audience, sub: 'kermt' });
      return (await fetch(`${APP}/api/signalen`, { headers: { Authorization: `Bearer ${token}` } })).status;
    };
    expect(await als(provider.issuer, AUDIENCE)).toBe(200);
    expect(await als(provider.issuer, 'https://andere-toepassing.test')).toBe(401);
    expect(await als('http://127.0.0.1:9/ander', AUDIENCE)).toBe(401);
  });
});
