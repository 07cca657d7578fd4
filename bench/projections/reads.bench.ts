// Read throughput: GET /api/signalen (a raad's list, 50 items) and GET /api/signalen/{id}/traject of
// the all-in-one app, against a baseline measured in the same run: the same SQL (the same
// SignaalViewRepository calls: lijst, and traject with the links of duplicates) through a bare `pg`
// pool of the app's size (20) behind a plain node:http server, without Nest, auth, validation or DTO
// mapping. Each server runs in its own child process; the load generator (keep-alive, closed loop, N
// connections, see http-load.ts) in this one. Every connection count in the list is run on both.
//   npm run build && npx tsx bench/projections/reads.bench.ts [connections,...] [seconds]   (defaults 50,500 15)
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { ProjectionRunner } from '@signaalspoor/projections';
import { SignaalViewRepository, SignalenProjection } from '@signaalspoor/signaal-view';
import { SignaalRepository } from '@signaalspoor/signaal-store';
import { createPool } from '@signaalspoor/database';
import { auditSleutels, BewaakteEventStore, PersoonsKeks, PersoonsSleutels } from '@signaalspoor/logboek';
import { bearer, TEST_AUDIT_SIGNING_KEY } from '@signaalspoor/testing';
import { runBench, startBaseline } from '../support';
import { startApp, stopProcess } from './app-process';
import { context, lifecycle } from './lifecycle';
import { load } from './http-load';

const APP_PORT = 3410;
const BASELINE_PORT = 3411;
const [role, databaseUrl] = process.argv.slice(2);

if (role === 'baseline') void serveBaseline(databaseUrl!);
else main();

async function serveBaseline(url: string): Promise<void> {
  const pool = createPool(url, { max: 20 });
  pool.on('error', () => undefined); // the database is dropped under it at the end
  const views = new SignaalViewRepository(pool);
  createServer(async (req, res) => {
    const path = new URL(req.url!, 'http://x');
    const traject = /^\/traject\/(.+)$/.exec(path.pathname);
    const raad = path.searchParams.get('raad')!;
    try {
      const body = traject
        ? await views.traject(traject[1]!, { raadId: raad })
        : await views.lijst({ raadIds: [raad], limiet: 50, offset: 0 });
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(body));
    } catch {
      res.statusCode = 500;
      res.end();
    }
  }).listen(BASELINE_PORT, '127.0.0.1', () => process.send?.('ready'));
}

const RADEN = ['dr-kermt', 'dr-kuringen', 'dr-stevoort', 'dr-spalbeek'];

function main(): void {
  const connectionCounts = (process.argv[2] ?? '50,500').split(',').map(Number);
  const seconds = Number(process.argv[3] ?? 15);
  runBench(
    `reads at ${connectionCounts.join(' and ')} connections`,
    { storePool: 8, pool: 4 },
    async ({ db, store, pool }) => {
      // 1,000 signalen of 7 events over four raden; the raad's list is its 50 newest. Written through
      // the app's sealed log (the app refuses unsealed events), submitted in the last hour so no
      // deadline has passed (the app's deadline run would otherwise write while we measure).
      const sleutels = auditSleutels(TEST_AUDIT_SIGNING_KEY);
      const personenPool = createPool(db.url, { max: 2 });
      const personen = new PersoonsSleutels(
        personenPool,
        sleutels.pepper,
        new PersoonsKeks(mkdtempSync(join(tmpdir(), 'signaalspoor-bench-keys-')), sleutels.kekSalt),
      );
      await personen.migrate();
      const repository = new SignaalRepository(new BewaakteEventStore(store, sleutels.macKey, personen));
      const ids: string[] = [];
      const since = Date.now() - 3_600_000;
      let next = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < 1000) {
            const i = next++;
            const id = randomUUID();
            ids[i] = id;
            const at = new Date(since + i * 3_000).toISOString();
            for (const command of lifecycle(id, at, RADEN[i % RADEN.length]!).slice(0, 7)) {
              await repository.execute(id, command, context);
            }
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
        await startApp(db.url, APP_PORT),
        await startBaseline(__filename, db.url),
      ];
      try {
        const raad = { Authorization: await bearer({ rol: 'raad', raad: 'dr-kermt' }) };
        // the traject of a random signaal of the raad on every request
        const eigen = ids.filter((_, i) => i % RADEN.length === 0);
        const random = () => eigen[Math.floor(Math.random() * eigen.length)]!;
        const scenarios = {
          'GET /api/signalen (raad, 50 items)': [
            [APP_PORT, () => ({ path: '/api/signalen', headers: raad })],
            [BASELINE_PORT, () => ({ path: '/lijst?raad=dr-kermt' })],
          ],
          'GET /api/signalen/{id}/traject': [
            [APP_PORT, () => ({ path: `/api/signalen/${random()}/traject`, headers: raad })],
            [BASELINE_PORT, () => ({ path: `/traject/${random()}?raad=dr-kermt` })],
          ],
        } as const;
        const figures: Record<string, unknown> = {
          seconds,
          events: await store.headPosition(),
          loadavgBefore: loadavg()
            .map((n) => n.toFixed(2))
            .join(' '),
        };
        for (const [name, [[appPort, appNext], [basePort, baseNext]]] of Object.entries(scenarios)) {
          // warm-up, then per connection count the app and the baseline one after the other
          await load(appPort, appNext, 10, 2);
          await load(basePort, baseNext, 10, 2);
          figures[name] = [];
          for (const connections of connectionCounts) {
            const appLoad = await load(appPort, appNext, connections, seconds);
            const baseLoad = await load(basePort, baseNext, connections, seconds);
            (figures[name] as unknown[]).push({
              connections,
              app: appLoad,
              baseline: baseLoad,
              ratio: Math.round((appLoad.reqPerS / baseLoad.reqPerS) * 100) / 100,
            });
            console.error(
              `${name} at ${connections}: app ${appLoad.reqPerS}/s, baseline ${baseLoad.reqPerS}/s`,
            );
          }
        }
        figures.loadavgAfter = loadavg()
          .map((n) => n.toFixed(2))
          .join(' ');
        return figures;
      } finally {
        await Promise.all([stopProcess(appProc), stopProcess(baselineProc)]);
      }
    },
  );
}
