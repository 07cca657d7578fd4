// Flatness of reads: a raad's list, a raad's list filtered by status and a traject, at a read model
// of 10k events and one of 1M events (ratio 1M / 10k; goal ≤ 1.2×). Each size gets a database of
// its own, seeded by the real SignalenProjection.applyBatch on generated RecordedEvents in big
// batches — not through the event store, which the reads measured here never touch (the store stays
// empty; the projection's checkpoint is set to the last position seeded). Measured two ways, each
// with 1 and with `connections` at once: the repository directly (a pool of 20, the app's size),
// and the built all-in-one app over HTTP; the two sizes alternate (A B B A) so a change in the
// machine's load hits both. EXPLAIN ANALYZE of each statement at each size is part of the output.
//   npm run build && DATABASE_URL=... npx tsx bench/projections/flatness.bench.ts [events,...] [seconds] [connections]
//   (defaults 10000,1000000 10 50)
import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import type { Pool } from 'pg';
import { createPool } from '@signaalspoor/database';
import { PostgresEventStore, type RecordedEvent } from '@signaalspoor/event-store';
import { inTransaction, ProjectionRunner } from '@signaalspoor/projections';
import { SignaalViewRepository, SignalenProjection } from '@signaalspoor/signaal-view';
import { bearer } from '@signaalspoor/testing';
import { benchDatabase, loadAverage, machine, perSecond, type BenchDatabase } from '../support';
import { gelogd } from '../../libs/signaal-view/src/signalen/testing/toepassen';
import { startApp, stopProcess } from './app-process';
import { load, percentile } from './http-load';

// as many raden as Hasselt has (9): a raad's page is 50 of ~160 signalen at 10k events (and its
// page filtered by status 50 of ~53), 50 of ~16,000 at 1M
const RADEN = Array.from({ length: 9 }, (_, i) => `dr-vlak-${i}`);
const BATCH_SIGNALEN = 2_000; // ≈ 14,000 events per applyBatch
const STATUS = 'teruggekoppeld'; // the status of one signaal in three (see leven())
const SECOND = 1_000;

interface Size {
  events: number;
  db: BenchDatabase;
  pool: Pool;
  views: SignaalViewRepository;
  ids: string[];
  seed: Record<string, unknown>;
  app?: ChildProcess;
  port: number;
}

/**
 * The events of signaal `k` (7 on average): two in three are routed twice, one answered and one
 * sent back, with interim feedback; one in three is clarified, routed, answered and given final
 * feedback; one in ten of those is also linked as a duplicate of an older signaal.
 */
function leven(k: number, ids: readonly string[]): [string, Record<string, unknown>][] {
  const signaalId = ids[k]!;
  const [a, b] = [randomUUID(), randomUUID()];
  const ingediend: [string, Record<string, unknown>] = [
    'SignaalIngediend',
    {
      signaalId,
      raadId: RADEN[k % RADEN.length],
      titel: `Signaal ${k}: losliggende stoeptegels aan de kerk`,
      omschrijving: 'Aan de ingang van de kerk liggen al weken drie stoeptegels los; er viel al iemand.',
      thema: 'openbaar-domein',
      bron: 'raadsvergadering',
    },
  ];
  // the variant by k / raden, not by k: every raad gets all three (k % 3 would follow k % 9)
  const variant = Math.floor(k / RADEN.length) % 3;
  if (variant !== 2) {
    return [
      ingediend,
      ['DoorgestuurdNaarDienst', { doorsturingId: a, dienstId: 'openbaar-domein' }],
      ['DoorgestuurdNaarDienst', { doorsturingId: b, dienstId: 'awv' }],
      ['OpgepaktDoorDienst', { doorsturingId: a, dienstId: 'openbaar-domein' }],
      [
        'BeantwoordDoorDienst',
        { doorsturingId: a, dienstId: 'openbaar-domein', besluit: 'ingepland', antwoord: 'Volgende week.' },
      ],
      ['TeruggestuurdDoorDienst', { doorsturingId: b, dienstId: 'awv', reden: 'Gemeenteweg.' }],
      ['TeruggekoppeldAanRaad', { boodschap: 'De dienst plant het in.', definitief: false }],
    ];
  }
  const events: [string, Record<string, unknown>][] = [
    ingediend,
    ['VerduidelijkingGevraagd', { vraag: 'Welke ingang?' }],
    ['VerduidelijkingGegeven', { antwoord: 'De zij-ingang.' }],
    ['DoorgestuurdNaarDienst', { doorsturingId: a, dienstId: 'openbaar-domein' }],
    ['OpgepaktDoorDienst', { doorsturingId: a, dienstId: 'openbaar-domein' }],
    [
      'BeantwoordDoorDienst',
      { doorsturingId: a, dienstId: 'openbaar-domein', besluit: 'uitgevoerd', antwoord: 'Hersteld.' },
    ],
    ['TeruggekoppeldAanRaad', { boodschap: 'Hersteld.', definitief: true }],
  ];
  if (k % 10 === 0 && k >= 30) {
    events.push(['GekoppeldAlsDuplicaat', { hoofdSignaalId: ids[k - 3], reden: 'Dezelfde tegels.' }]);
  }
  return events;
}

/** Seeds `target` events into a fresh database through SignalenProjection.applyBatch. */
async function seed(target: number, port: number): Promise<Size> {
  const db = await benchDatabase();
  const store = new PostgresEventStore({ url: db.url, poolSize: 2 });
  await store.migrate();
  const pool = createPool(db.url, { max: 20 }); // the app's size, for the concurrent repository reads
  const views = new SignaalViewRepository(pool);
  const projection = new SignalenProjection(views);
  // creates the checkpoint and the tables at the projection's version, as the app would
  const runner = new ProjectionRunner(store, pool, projection, {
    logger: { log: () => undefined, error: console.error },
  });
  await runner.start();
  await runner.stop();
  await store.close();

  const signalen = Math.ceil(target / 7);
  const ids = Array.from({ length: signalen }, () => randomUUID());
  // submitted one second apart, ending now: newest first is the highest k; no deadline has passed,
  // so the app's deadline run finds nothing to report while we measure
  const begin = Date.now() - signalen * SECOND;
  let position = 0;
  const started = performance.now();
  for (let from = 0; from < signalen; from += BATCH_SIGNALEN) {
    const batch: RecordedEvent[] = [];
    for (let k = from; k < Math.min(signalen, from + BATCH_SIGNALEN); k++) {
      const at = begin + k * SECOND;
      leven(k, ids).forEach(([type, data], revision) => {
        const when = new Date(at + revision).toISOString();
        batch.push(gelogd(ids[k], type, data, { revision, position: ++position, at: when }));
      });
    }
    await inTransaction(pool, async (client) => {
      await client.query('SET LOCAL synchronous_commit = off'); // seeding only
      await projection.applyBatch(client, batch);
    });
  }
  await pool.query(`UPDATE projectie.checkpoints SET position = $1 WHERE name = 'signalen'`, [position]);
  const seededMs = performance.now() - started;
  await pool.query('VACUUM ANALYZE projectie.signalen, projectie.traject');
  const { rows } = await pool.query<{ size: string }>(
    `SELECT pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  return {
    events: position,
    db,
    pool,
    views,
    ids,
    port,
    seed: {
      events: position,
      signalen,
      seconds: Math.round(seededMs / 100) / 10,
      eventsPerS: perSecond(position, seededMs),
      vacuumAnalyzeS: Math.round((performance.now() - started - seededMs) / 100) / 10,
      databaseSize: rows[0]?.size,
    },
  };
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** The three reads, as the repository answers them for a random raad / signaal. */
function reads(size: Size) {
  return {
    lijst: () => size.views.lijst({ raadIds: [pick(RADEN)], limiet: 50, offset: 0 }),
    'lijst op status': () =>
      size.views.lijst({ raadIds: [pick(RADEN)], status: STATUS, limiet: 50, offset: 0 }),
    traject: () => {
      const k = Math.floor(Math.random() * size.ids.length);
      return size.views.traject(size.ids[k]!, { raadId: RADEN[k % RADEN.length] });
    },
  };
}

/** EXPLAIN ANALYZE of the statement a read sends: the plan's node lines and its execution time. */
async function explain(size: Size, read: () => Promise<unknown>): Promise<string[]> {
  const sent: [string, unknown[]][] = [];
  const query = size.pool.query.bind(size.pool);
  size.pool.query = ((text: string, values: unknown[]) => {
    sent.push([text, values]);
    return query(text, values);
  }) as never;
  try {
    await read();
  } finally {
    size.pool.query = query;
  }
  const { rows } = await size.pool.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${sent[0]![0]}`,
    sent[0]![1],
  );
  return rows.map((row) => row['QUERY PLAN']).filter((line) => !/^\s*(Planning|Buffers)/.test(line));
}

/** Repository calls in `concurrency` closed loops for `seconds`; every latency in ms. */
async function sequential(read: () => Promise<unknown>, seconds: number, concurrency = 1): Promise<number[]> {
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const started = performance.now();
        await read();
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

const summary = (latencies: number[]) => {
  latencies.sort((a, b) => a - b);
  return { n: latencies.length, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
};
const ratio = (big: number, small: number) => Math.round((big / small) * 100) / 100;

async function main(): Promise<void> {
  const targets = (process.argv[2] ?? '10000,1000000').split(',').map(Number);
  const seconds = Number(process.argv[3] ?? 10);
  const connections = Number(process.argv[4] ?? 50);
  const figures: Record<string, unknown> = {
    benchmark: 'flatness of reads',
    machine: machine(),
    loadavgBefore: loadAverage(),
  };
  const sizes: Size[] = [];
  try {
    for (const [i, target] of targets.entries()) {
      const size = await seed(target, 3420 + i);
      sizes.push(size);
      console.error(`seeded ${size.events} events: ${JSON.stringify(size.seed)}`);
    }
    figures.server = sizes[0]!.db.server;
    figures.seed = sizes.map((size) => size.seed);
    const [small, big] = [sizes[0]!, sizes[sizes.length - 1]!];

    // the plans at every size
    const plans: Record<string, Record<string, string[]>> = {};
    for (const size of sizes) {
      for (const [name, read] of Object.entries(reads(size))) {
        (plans[name] ??= {})[size.events] = await explain(size, read);
      }
    }
    figures.plans = plans;

    // the repository directly, sequential and `connections` at once (pool of 20), A B B A
    const repository: Record<string, unknown> = {};
    for (const name of Object.keys(reads(small)) as (keyof ReturnType<typeof reads>)[]) {
      for (const c of [1, connections]) {
        const measured = new Map<Size, number[]>(sizes.map((size) => [size, []]));
        for (const size of sizes) await sequential(reads(size)[name], 1, c); // warm-up
        for (const size of [...sizes, ...[...sizes].reverse()]) {
          measured.get(size)!.push(...(await sequential(reads(size)[name], seconds / 2, c)));
        }
        const bySize = Object.fromEntries(
          sizes.map((size) => {
            const latencies = measured.get(size)!;
            return [
              size.events,
              { ...summary(latencies), perS: perSecond(latencies.length, seconds * 1000) },
            ];
          }),
        );
        const [s, b] = [bySize[small.events]!, bySize[big.events]!];
        const key = `${name} at ${c}`;
        repository[key] = {
          ...bySize,
          ratioP50: ratio(b.p50Ms, s.p50Ms),
          ratioP99: ratio(b.p99Ms, s.p99Ms),
          ratioPerS: ratio(b.perS, s.perS),
        };
        console.error(`repository ${key}: ${JSON.stringify(repository[key])}`);
      }
    }
    figures.repository = repository;

    // through the built app, over HTTP, both apps up at once, A B B A
    for (const size of sizes) size.app = await startApp(size.db.url, size.port);
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // the deadline run at start-up
    const tokens = Object.fromEntries(
      await Promise.all(
        RADEN.map(async (raad) => [raad, { Authorization: await bearer({ rol: 'raad', raad }) }] as const),
      ),
    );
    const http: Record<string, unknown> = {};
    const scenarios = {
      'GET /api/signalen (raad, 50 items)': () => {
        const raad = pick(RADEN);
        return { path: '/api/signalen', headers: tokens[raad]! };
      },
      [`GET /api/signalen?status=${STATUS}`]: () => {
        const raad = pick(RADEN);
        return { path: `/api/signalen?status=${STATUS}`, headers: tokens[raad]! };
      },
    };
    const traject = (size: Size) => () => {
      const k = Math.floor(Math.random() * size.ids.length);
      return { path: `/api/signalen/${size.ids[k]}/traject`, headers: tokens[RADEN[k % RADEN.length]!]! };
    };
    for (const [name, of] of [
      ...Object.entries(scenarios).map(([name, next]) => [name, () => next] as const),
      ['GET /api/signalen/{id}/traject', traject] as const,
    ]) {
      for (const c of [1, connections]) {
        const merged = new Map<Size, { latencies: number[]; requests: number; ms: number; errors: number }>(
          sizes.map((size) => [size, { latencies: [], requests: 0, ms: 0, errors: 0 }]),
        );
        for (const size of sizes) await load(size.port, of(size), c, 1); // warm-up
        for (const size of [...sizes, ...[...sizes].reverse()]) {
          const run = await load(size.port, of(size), c, seconds / 2);
          const m = merged.get(size)!;
          m.latencies.push(...run.latencies!);
          m.requests += run.requests;
          m.ms += (seconds / 2) * 1000;
          m.errors += run.errors;
        }
        const bySize = Object.fromEntries(
          sizes.map((size) => {
            const m = merged.get(size)!;
            return [
              size.events,
              { ...summary(m.latencies), reqPerS: perSecond(m.requests, m.ms), errors: m.errors },
            ];
          }),
        );
        const [s, b] = [bySize[small.events]!, bySize[big.events]!];
        const key = `${name} at ${c} connection${c === 1 ? '' : 's'}`;
        http[key] = {
          ...bySize,
          ratioP50: ratio(b.p50Ms, s.p50Ms),
          ratioP99: ratio(b.p99Ms, s.p99Ms),
          ratioReqPerS: ratio(b.reqPerS, s.reqPerS),
        };
        console.error(`${key}: ${JSON.stringify(http[key])}`);
      }
    }
    figures.http = http;
    figures.loadavgAfter = loadAverage();
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    for (const size of sizes) {
      if (size.app) await stopProcess(size.app);
      await size.pool.end();
      await size.db.close();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
