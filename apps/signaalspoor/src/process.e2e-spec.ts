// The all-in-one app as a real process in a production-like configuration (NODE_ENV=production,
// default LOG_LEVEL): what it logs on stdout, and how it stops on SIGTERM with clients that do not.
// A child is plain `node` with the register hook that compiles the TypeScript sources.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { signToken } from '@signaalspoor/auth';
import {
  bearer,
  createTestDatabase,
  eventually,
  openSse,
  TEST_AUDIT_SIGNING_KEY,
  TEST_SECRET,
  testServers,
  type SseStroom,
  type TestDatabase,
} from '@signaalspoor/testing';

const ROOT = resolve(__dirname, '../../..');
const REGISTER = join(ROOT, 'libs/messaging/src/testing/register.js');
const MAIN = join(__dirname, 'main.ts');

const freePort = async (): Promise<number> => {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
};

/** On a PostgreSQL server of its own (DATABASE_URL), and on the embedded one it starts and must stop last. */
const DATABASES = [
  { database: 'DATABASE_URL', embedded: false },
  { database: 'the embedded PostgreSQL', embedded: true },
];

describe.each(DATABASES)('the app as a process in production-like config, on $database', ({ embedded }) => {
  let db: TestDatabase | undefined;
  let dataDir: string;
  let child: ChildProcess;
  let exited: Promise<[number | null, NodeJS.Signals | null]>;
  let stdout = '';
  let stderr = '';
  let base: string;

  beforeAll(async () => {
    if (!embedded) db = await createTestDatabase(testServers()[0].url);
    dataDir = await mkdtemp(join(tmpdir(), 'signaalspoor-process-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['--require', REGISTER, MAIN], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        PORT: String(port),
        ...(db ? { DATABASE_URL: db.url } : { SIGNAALSPOOR_EMBEDDED_DB: 'ja' }),
        // production refuses the demo reference data unless chosen; this test uses it on purpose
        SIGNAALSPOOR_DEMODATA: 'ja',
        SIGNAALSPOOR_DATA_DIR: dataDir,
        AUTH_JWT_SECRET: TEST_SECRET,
        AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
        // a port nothing listens on: no mail is sent in this test
        SMTP_URL: `smtp://127.0.0.1:${await freePort()}`,
        PUBLIC_URL: 'https://signaalspoor.example.org',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    exited = once(child, 'exit') as typeof exited;
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error(`the app exited:\n${stdout}${stderr}`);
        expect((await fetch(`${base}/api/health/ready`)).status).toBe(200);
      },
      90_000,
      200,
    );
  }, 120_000);

  afterAll(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    await db?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const lines = () => stdout.split('\n').filter(Boolean);

  it('starts with at most 20 log lines, each one JSON object with a UTC time and a level', () => {
    expect(stderr).toBe('');
    const start = lines().slice(0, lines().findIndex((line) => line.includes('draait op')) + 1);
    expect(start.length).toBeGreaterThan(0);
    expect(start.length).toBeLessThanOrEqual(20);
    for (const line of lines()) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(entry.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(['info', 'warn', 'error', 'fatal']).toContain(entry.level);
    }
  });

  it('logs each request as one access line, a refused token at warn with its reason; never a token', async () => {
    const raad = await bearer({ rol: 'raad', raad: 'dr-kermt' });
    const vreemd = `Bearer ${await signToken('een-ander-geheim-van-minstens-32-tekens', { sub: 'x', rol: 'beheerder' })}`;
    expect((await fetch(`${base}/api/signalen?limiet=7`, { headers: { authorization: raad } })).status).toBe(
      200,
    );
    expect((await fetch(`${base}/api/signalen`, { headers: { authorization: vreemd } })).status).toBe(401);
    await eventually(async () => expect(stdout).toContain('"status":401'), 5_000, 50);
    const entries = lines().map((line) => JSON.parse(line) as Record<string, unknown>);
    const access = entries.filter((entry) => entry.msg === 'request' && entry.route === '/api/signalen');
    expect(access).toEqual([
      expect.objectContaining({
        level: 'info',
        method: 'GET',
        status: 200,
        rol: 'raad',
        ms: expect.any(Number),
      }),
      expect.objectContaining({ level: 'info', method: 'GET', status: 401 }),
    ]);
    const geweigerd = entries.find((entry) => entry.msg === 'Token geweigerd');
    expect(geweigerd).toMatchObject({
      level: 'warn',
      code: 'TOKEN_ONGELDIG',
      reden: expect.stringContaining('handtekening'),
    });
    expect(geweigerd!.requestId).toBe(access[1].requestId);
    for (const secret of [raad, vreemd].map((header) => header.slice('Bearer '.length))) {
      expect(stdout).not.toContain(secret);
    }
    expect(stdout).not.toContain('limiet');
  });

  it('on SIGTERM with 20 open streams and requests in flight: streams told, requests answered, gone within 10 s', async () => {
    const users = await Promise.all(
      [0, 1, 2, 3].map((i) => bearer({ rol: 'raad', raad: 'dr-kermt', sub: `venster-${i}` })),
    );
    const stromen: SseStroom[] = [];
    for (let i = 0; i < 20; i++)
      stromen.push(await openSse(`${base}/api/stroom`, { authorization: users[i % 4] }));
    expect(stromen.map((s) => s.status)).toEqual(Array(20).fill(200));

    // a slow client: its request is in flight (half its body sent) when the signal comes
    const body = Buffer.from(
      JSON.stringify({
        titel: 'Kapotte straatlamp',
        omschrijving: 'De lamp aan de bushalte brandt al weken niet.',
        thema: 'verkeersveiligheid',
        bron: 'open-forum',
      }),
    );
    const post = (length: number): { req: ClientRequest; res: Promise<IncomingMessage> } => {
      const req = request(`${base}/api/signalen`, {
        method: 'POST',
        headers: {
          authorization: users[0],
          'content-type': 'application/json',
          'content-length': String(length),
        },
      });
      const res = new Promise<IncomingMessage>((done, fail) => {
        req.on('response', done);
        req.on('error', fail);
      });
      return { req, res };
    };
    const traag = post(body.length);
    traag.req.write(body.subarray(0, 20));
    // and one that never finishes its body: only the bound ends it
    const vastgelopen = post(body.length);
    vastgelopen.req.write(body.subarray(0, 20));
    const vastgelopenRes = vastgelopen.res.catch((error: Error) => error);
    await new Promise((done) => setTimeout(done, 300));

    const sent = Date.now();
    child.kill('SIGTERM');
    const exit = exited.then(([code]) => ({ code, ms: Date.now() - sent }));
    await new Promise((done) => setTimeout(done, 1_000));
    traag.req.end(body.subarray(20));
    const antwoord = await traag.res;
    let tekst = '';
    for await (const chunk of antwoord) tekst += chunk;
    expect({ status: antwoord.statusCode, tekst }).toMatchObject({ status: 201 });

    for (const stroom of stromen) {
      expect(await stroom.ended).toMatchObject({ einde: 'end' });
      expect(stroom.events.at(-1)).toMatchObject({ event: 'afsluiten', retry: 5000 });
    }
    const { code, ms } = await exit;
    // its socket destroyed at the bound
    expect(await vastgelopenRes).toMatchObject({
      message: expect.stringMatching(/socket hang up|ECONNRESET/),
    });
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_500);
    const gestopt = lines()
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .at(-1);
    expect(gestopt).toMatchObject({ level: 'info', msg: 'Signaalspoor gestopt', signal: 'SIGTERM' });
  }, 60_000);
});
