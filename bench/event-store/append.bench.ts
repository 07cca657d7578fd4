// Append throughput: PostgresEventStore.append against the floor of a plain `pg` INSERT loop that
// writes the same events into a table of the same shape, with the same number of writers and the same
// durability (the server's synchronous_commit, one transaction per append), measured in the same run.
//   npx tsx bench/event-store/append.bench.ts [events per scenario]      (default 20000)
import type { ExpectedRevision, NewEvent } from '@signaalspoor/event-store';
import { doorgestuurd, perSecond, runBench } from '../support';

const EVENTS = Number(process.argv[2] ?? 20_000);
const WRITERS = [1, 16];
const STREAMS_PER_WRITER = 10;
/** The raw side stores a fixed hash: it measures the insert, not the chain. */
const HASH = 'f'.repeat(64);

/** One append: a single event on one of the writer's own streams. */
interface Append {
  streamId: string;
  event: NewEvent;
}

/** Each writer's appends, round-robin over its own streams. */
function workload(prefix: string, writers: number, perWriter: number): Append[][] {
  return Array.from({ length: writers }, (_, writer) =>
    Array.from({ length: perWriter }, (_, i) => ({
      streamId: `${prefix}-${writer}-${i % STREAMS_PER_WRITER}`,
      event: doorgestuurd(),
    })),
  );
}

/** Runs the writers concurrently, each one append at a time; answers the elapsed ms. */
async function timed(writers: Append[][], append: (append: Append) => Promise<void>): Promise<number> {
  const started = performance.now();
  await Promise.all(
    writers.map(async (appends) => {
      for (const one of appends) await append(one);
    }),
  );
  return performance.now() - started;
}

runBench(
  'event store append throughput, one event per append',
  { storePool: 16, pool: 16 },
  async ({ store, pool }) => {
    await pool.query('CREATE TABLE raw_events (LIKE events INCLUDING ALL)');
    const { rows } = await pool.query<{ synchronous_commit: string }>('SHOW synchronous_commit');
    let rawPosition = 0;
    const rawRevisions = new Map<string, number>();
    const storeRevisions = new Map<string, ExpectedRevision>();

    const scenarios = [];
    for (const writers of WRITERS) {
      const perWriter = Math.ceil(EVENTS / writers);
      const events = writers * perWriter;

      const rawMs = await timed(
        workload(`raw-${writers}`, writers, perWriter),
        async ({ streamId, event }) => {
          const revision = (rawRevisions.get(streamId) ?? -1) + 1;
          rawRevisions.set(streamId, revision);
          rawPosition += 1;
          await pool.query(
            `INSERT INTO raw_events (position, event_id, stream_id, revision, type, data, metadata, recorded_at, hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, clock_timestamp(), $8)`,
            [rawPosition, event.id, streamId, revision, event.type, event.data, event.metadata, HASH],
          );
        },
      );

      const storeMs = await timed(
        workload(`store-${writers}`, writers, perWriter),
        async ({ streamId, event }) => {
          const result = await store.append(streamId, [event], storeRevisions.get(streamId) ?? 'no-stream');
          storeRevisions.set(streamId, result.nextRevision);
        },
      );

      const raw = perSecond(events, rawMs);
      const stored = perSecond(events, storeMs);
      scenarios.push({
        writers,
        events,
        raw: { ms: Math.round(rawMs), eventsPerSecond: raw },
        store: { ms: Math.round(storeMs), eventsPerSecond: stored },
        ratio: Number((stored / raw).toFixed(3)),
      });
    }
    const chain = await store.verifyChain();
    if (!chain.ok) throw new Error(`hash chain broken at position ${chain.firstBrokenPosition}`);

    const result = {
      synchronousCommit: rows[0].synchronous_commit,
      raw: 'pg INSERT of the same events into a table LIKE events, one transaction per append, no head lock, no hash chain',
      scenarios,
    };
    return result;
  },
);
