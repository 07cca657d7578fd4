// Read throughput: GET /api/signalen (a raad's list, 50 items) and GET /api/signalen/{id}/traject of
// the all-in-one app, against a baseline measured in the same run: the same SQL (the same
// SignaalViewRepository calls: lijst, and traject with the links of duplicates) through a bare `pg`
// pool of the app's size (20) behind a plain node:http server, without Nest, auth, validation or DTO
// mapping. Each server runs in its own child process; the load generator (keep-alive, closed loop, N
// connections, see http-load.ts) in this one. Every connection count in the list is run on both.
//   npm run build && npx tsx bench/projections/reads.bench.ts [connections,...] [seconds]   (defaults 50,500 15)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer } from '@signaalspoor/testing';
import { loadAverage, runBench, serveViews, startBaseline } from '../support';
import { startApp, stopProcess } from './app-process';
import { RADEN, schrijfSignalen } from './lifecycle';
import { load } from './http-load';

const APP_PORT = 3410;
const BASELINE_PORT = 3411;
const [role, databaseUrl] = process.argv.slice(2);

if (role === 'baseline')
  serveViews(databaseUrl!, BASELINE_PORT, (views, request) => {
    const traject = /^\/traject\/(.+)$/.exec(request.pathname);
    const raad = request.searchParams.get('raad')!;
    return traject
      ? views.traject(traject[1]!, { raadId: raad })
      : views.lijst({ raadIds: [raad], limiet: 50, offset: 0 });
  });
else main();

function main(): void {
  const connectionCounts = (process.argv[2] ?? '50,500').split(',').map(Number);
  const seconds = Number(process.argv[3] ?? 15);
  runBench(
    `reads at ${connectionCounts.join(' and ')} connections`,
    { storePool: 8, pool: 4 },
    async (ctx) => {
      const { db, store } = ctx;
      // 1,000 signalen of 7 events over four raden; the raad's list is its 50 newest
      const ids = await schrijfSignalen(ctx, mkdtempSync(join(tmpdir(), 'signaalspoor-bench-keys-')));

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
          loadavgBefore: loadAverage(),
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
        figures.loadavgAfter = loadAverage();
        return figures;
      } finally {
        await Promise.all([stopProcess(appProc), stopProcess(baselineProc)]);
      }
    },
  );
}
