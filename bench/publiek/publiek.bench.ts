// The public edge under load: GET /api/publiek/raden/{raadId}/signalen and GET
// /open311/v2/requests.json of the all-in-one app at N connections, against a baseline measured in
// the same run: the same query (SignaalViewRepository.publiek, one statement) through a bare `pg`
// pool of the app's size (20) behind a plain node:http server writing the rows as JSON — no Nest, no
// mapping, no ETag. Then the public list at N connections again while a signed-in raad's
// GET /api/signalen runs beside it (10 connections), against that same list alone: does the signed-in
// app stay usable while the public pages are hammered? The edge's per-client limits are off
// (startApp: NO_CLIENT_LIMITS): the load comes from one address.
// Public requests say they accept gzip, as browsers do (the baseline ignores it).
//   npm run build && npx tsx bench/publiek/publiek.bench.ts [connections] [seconds]   (defaults 200 15)
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProjectionRunner } from '@signaalspoor/projections';
import { SignaalViewRepository, SignalenProjection } from '@signaalspoor/signaal-view';
import { SignaalRepository } from '@signaalspoor/signaal-store';
import { createPool } from '@signaalspoor/database';
import { auditSleutels, BewaakteEventStore, PersoonsKeks, PersoonsSleutels } from '@signaalspoor/logboek';
import { bearer, TEST_AUDIT_SIGNING_KEY } from '@signaalspoor/testing';
import { runBench, startBaseline } from '../support';
import { startApp, stopProcess } from '../projections/app-process';
import { context, lifecycle } from '../projections/lifecycle';
import { load, type Load } from '../projections/http-load';

const APP_PORT = 3420;
/** the app and the bench's writer share the key dir: the person keys' KEK lives there */
const keyDir = mkdtempSync(join(tmpdir(), 'signaalspoor-bench-keys-'));
const BASELINE_PORT = 3421;
const [role, databaseUrl] = process.argv.slice(2);

if (role === 'baseline') void serveBaseline(databaseUrl!);
else main();

async function serveBaseline(url: string): Promise<void> {
  const pool = createPool(url, { max: 20 });
  pool.on('error', () => undefined); // the database is dropped under it at the end
  const views = new SignaalViewRepository(pool);
  createServer(async (req, res) => {
    const raad = /^\/raden\/(.+)$/.exec(new URL(req.url!, 'http://x').pathname)?.[1];
    try {
      const rows = await views.publiek(raad ? { raadId: raad, limiet: 500 } : { limiet: 1000 });
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(rows));
    } catch {
      res.statusCode = 500;
      res.end();
    }
  }).listen(BASELINE_PORT, '127.0.0.1', () => process.send?.('ready'));
}

/** as every browser and most HTTP clients send it */
const GZIP = { 'Accept-Encoding': 'gzip' };
const RADEN = ['dr-kermt', 'dr-kuringen', 'dr-stevoort', 'dr-spalbeek'];
const ratio = (app: Load, base: Load) => Math.round((app.reqPerS / base.reqPerS) * 100) / 100;
const avg = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

function main(): void {
  const connections = Number(process.argv[2] ?? 200);
  const seconds = Number(process.argv[3] ?? 15);
  runBench(
    `the public edge at ${connections} connections`,
    { storePool: 8, pool: 4 },
    async ({ db, store, pool }) => {
      // 1,000 signalen of 7 events over four raden, every other one public (an 8th event); written
      // through the app's sealed log, submitted in the last hour (no deadline passes while measuring)
      const sleutels = auditSleutels(TEST_AUDIT_SIGNING_KEY);
      const personenPool = createPool(db.url, { max: 2 });
      const personen = new PersoonsSleutels(
        personenPool,
        sleutels.pepper,
        new PersoonsKeks(keyDir, sleutels.kekSalt),
      );
      await personen.migrate();
      const repository = new SignaalRepository(new BewaakteEventStore(store, sleutels.macKey, personen));
      const since = Date.now() - 3_600_000;
      let next = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < 1000) {
            const i = next++;
            const id = randomUUID();
            const at = new Date(since + i * 3_000).toISOString();
            const commands = lifecycle(id, at, RADEN[i % RADEN.length]!).slice(0, 7);
            if (i % 2 === 0) commands.push({ type: 'ZetOpenbaar', at, openbaar: true, door: 'raad' });
            for (const command of commands) await repository.execute(id, command, context);
          }
        }),
      );
      await personenPool.end();
      const runner = new ProjectionRunner(
        store,
        pool,
        new SignalenProjection(new SignaalViewRepository(pool)),
        {
          logger: { log: () => undefined, error: console.error },
        },
      );
      await runner.start();
      await runner.waitFor(await store.headPosition(), 600_000);
      await runner.stop();

      const [appProc, baselineProc] = [
        await startApp(db.url, APP_PORT, { SIGNAALSPOOR_KEY_DIR: keyDir }),
        await startBaseline(__filename, db.url),
      ];
      try {
        const raad = { Authorization: await bearer({ rol: 'raad', raad: 'dr-kermt' }) };
        const figures: Record<string, unknown> = {
          seconds,
          events: await store.headPosition(),
          loadavgBefore: avg(),
        };
        const scenarios = {
          'GET /api/publiek/raden/dr-kermt/signalen (125 public of 250)': [
            () => ({ path: '/api/publiek/raden/dr-kermt/signalen', headers: GZIP }),
            () => ({ path: '/raden/dr-kermt' }),
          ],
          'GET /open311/v2/requests.json (500 public)': [
            () => ({ path: '/open311/v2/requests.json', headers: GZIP }),
            () => ({ path: '/alle' }),
          ],
        } as const;
        for (const [name, [appNext, baseNext]] of Object.entries(scenarios)) {
          await load(APP_PORT, appNext, 10, 2);
          await load(BASELINE_PORT, baseNext, 10, 2);
          const app = await load(APP_PORT, appNext, connections, seconds);
          const base = await load(BASELINE_PORT, baseNext, connections, seconds);
          figures[name] = { app, baseline: base, ratio: ratio(app, base) };
          console.error(`${name}: app ${app.reqPerS}/s p99 ${app.p99Ms} ms, baseline ${base.reqPerS}/s`);
        }
        // the signed-in list alone, then beside the public load
        const ingelogd = () => ({ path: '/api/signalen', headers: raad });
        const publiek = scenarios['GET /api/publiek/raden/dr-kermt/signalen (125 public of 250)'][0];
        const alleen = await load(APP_PORT, ingelogd, 10, seconds);
        const [naast, publiekeLast] = await Promise.all([
          load(APP_PORT, ingelogd, 10, seconds),
          load(APP_PORT, publiek, connections, seconds),
        ]);
        figures['GET /api/signalen (raad, 10 connections)'] = {
          alleen,
          naastPubliekeLast: naast,
          publiekeLast,
        };
        console.error(
          `signed-in list: alone p99 ${alleen.p99Ms} ms, beside the public load p99 ${naast.p99Ms} ms`,
        );
        figures.loadavgAfter = avg();
        return figures;
      } finally {
        await Promise.all([stopProcess(appProc), stopProcess(baselineProc)]);
      }
    },
  );
}
