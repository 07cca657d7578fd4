// The live stream's ends, through HTTP on the all-in-one app: at the token's expiry, and past the cap
// of streams per identity. (The end at shutdown: shutdown.e2e-spec.ts, which stops a real process.)
import { signToken } from '@signaalspoor/auth';
import { MAX_STROMEN_PER_GEBRUIKER } from '@signaalspoor/web';
import { bearer, openSse, TEST_SECRET, testServers, type SseStroom } from '@signaalspoor/testing';
import { listenOnLoopback, startTestAppOnNewDatabase, type TestApp } from './testing/test-app';

describe('the live stream (GET /api/stroom) ends', () => {
  let t: TestApp;
  let url: string;
  const open: SseStroom[] = [];

  beforeAll(async () => {
    t = await startTestAppOnNewDatabase(testServers()[0].url);
    url = `http://127.0.0.1:${await listenOnLoopback(t)}/api/stroom`;
  });
  afterEach(() => open.splice(0).forEach((stroom) => stroom.close()));
  afterAll(() => t.close());

  const stroom = async (authorization: string) => {
    const s = await openSse(url, { authorization });
    open.push(s);
    return s;
  };

  it('given a token that expires in 2 s, then the stream says "verlopen" and ends then', async () => {
    const token = await signToken(TEST_SECRET, { sub: 'kort', rol: 'raad', raad: 'dr-kermt' }, '2s');
    const s = await stroom(`Bearer ${token}`);
    expect(s.status).toBe(200);
    const { einde, ms } = await s.ended;
    expect(einde).toBe('end');
    expect(ms).toBeLessThan(4_000);
    expect(s.events.at(-1)).toMatchObject({ event: 'verlopen' });
    expect(JSON.parse(s.events.at(-1)!.data)).toEqual({
      reden: 'verlopen',
      message: 'Je sessie is verlopen; meld je opnieuw aan.',
    });
  });

  it(`given ${MAX_STROMEN_PER_GEBRUIKER} open streams of one identity, a next one closes the oldest with "vervangen"`, async () => {
    const kermt = await bearer({ rol: 'raad', raad: 'dr-kermt', sub: 'veel-vensters' });
    const andere = await stroom(await bearer({ rol: 'raad', raad: 'dr-kermt', sub: 'iemand-anders' }));
    const stromen: SseStroom[] = [];
    for (let i = 0; i < MAX_STROMEN_PER_GEBRUIKER; i++) stromen.push(await stroom(kermt));
    const nieuwste = await stroom(kermt);
    expect(nieuwste.status).toBe(200);
    await stromen[0].ended;
    expect(stromen[0].events.map((e) => e.event)).toEqual(['vervangen']);
    // the others stay open, another identity's too
    const nogOpen = await Promise.race([
      Promise.any([...stromen.slice(1), nieuwste, andere].map((s) => s.ended)).then(() => false),
      new Promise((resolve) => setTimeout(() => resolve(true), 500)),
    ]);
    expect(nogOpen).toBe(true);
  });
});
