// Projection rebuild speed: how fast the `signalen` read model is rebuilt from position zero, against
// the baseline of only reading the same events from the store (readAll), measured in the same run.
//   npx tsx bench/projections/rebuild.bench.ts [events]      (default 100000)
import { randomUUID } from 'node:crypto';
import { SignaalRepository } from '@signaalspoor/signaal-store';
import { perSecond, runBench, signalenRunner } from '../support';
import { context, lifecycle } from './lifecycle';

const target = Number(process.argv[2] ?? 100_000);
runBench('projection rebuild (signalen read model)', { storePool: 8, pool: 4 }, async ({ store, pool }) => {
  const repository = new SignaalRepository(store);
  const at = new Date().toISOString();
  const started = Date.now();
  const signalen = Math.ceil(target / 10);
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < signalen) {
        next++;
        const id = randomUUID();
        for (const command of lifecycle(id, at)) await repository.execute(id, command, context);
      }
    }),
  );
  const events = await store.headPosition();
  console.error(`seeded ${events} events in ${Date.now() - started} ms`);

  const readStart = Date.now();
  for (let after = 0; after < events;) {
    const batch = await store.readAll({ after, limit: 500 });
    after = batch.at(-1)!.position;
  }
  const readMs = Date.now() - readStart;

  const runner = signalenRunner(store, pool);
  await runner.start();
  await runner.waitFor(events, 600_000);
  const rebuildStart = Date.now();
  await runner.rebuild();
  if (!(await runner.waitFor(events, 600_000))) throw new Error('rebuild did not finish');
  const rebuildMs = Date.now() - rebuildStart;
  await runner.stop();

  const result = {
    events,
    baseline: {
      what: 'readAll of the same events, batches of 500',
      ms: readMs,
      eventsPerSecond: perSecond(events, readMs),
    },
    rebuild: { ms: rebuildMs, eventsPerSecond: perSecond(events, rebuildMs) },
    ratio: Number((readMs / rebuildMs).toFixed(3)),
  };
  return result;
});
