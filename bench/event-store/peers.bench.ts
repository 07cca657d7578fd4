// Append throughput side by side, interleaved in one run on one server: PostgresEventStore, Emmett's
// PostgreSQL event store (@event-driven-io/emmett-postgresql, the peer) and a raw single-row INSERT
// loop (the floor: no lock, no checks, no chain). Four topologies: one writer; 16 writers in one
// process; 16 writers in 4 processes (4 each, the services topology); 16 writer processes (1 each, no
// group commit across them). Every writer appends one event at
// a time to its own 10 streams with an expected revision, one transaction per append, the server's
// durability. Each round runs every system once per topology for a fixed time; figures are the median
// events/s over the rounds and p50/p99 of the append latency over all rounds. Forked processes hold
// up to 4 connections per system (the first four) or 1; at most about 100 connections in all, so
// without DATABASE_URL (an embedded server of its own) it shares no server's connection limit.
//   npx tsx bench/event-store/peers.bench.ts [rounds] [seconds per run]     (default 3 rounds × 2 s)
import { fork, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { endAllPools } from '@event-driven-io/dumbo';
import { createPool } from '@signaalspoor/database';
import { PostgresEventStore, type ExpectedRevision } from '@signaalspoor/event-store';
import { benchDatabase, doorgestuurd, machine } from '../support';

const ROUNDS = Number(process.argv[2] ?? 3);
const SECONDS = Number(process.argv[3] ?? 2);
const STREAMS_PER_WRITER = 10;
/** forked writer processes: the first FORKED_GROUP of them also make the 4-process topology */
const FORKED = 16;
const FORKED_GROUP = 4;
const SYSTEMS = ['signaalspoor', 'emmett', 'raw'] as const;
type System = (typeof SYSTEMS)[number];

interface Run {
  system: System;
  writers: number;
  prefix: string;
  durationMs: number;
}
interface RunResult {
  events: number;
  latencies: number[];
}

/** The three systems as seen by one process: one append of one event with an expected revision. */
function systems(url: string, poolSize: number) {
  const store = new PostgresEventStore({ url, poolSize });
  const emmett = getPostgreSQLEventStore(url, { connectionOptions: { max: poolSize } } as never);
  const raw = createPool(url, { max: poolSize });
  const ours = new Map<string, ExpectedRevision>();
  const theirs = new Map<string, bigint>();
  const rawRevisions = new Map<string, number>();
  const append: Record<System, (streamId: string) => Promise<void>> = {
    signaalspoor: async (streamId) => {
      const result = await store.append(streamId, [doorgestuurd()], ours.get(streamId) ?? 'no-stream');
      ours.set(streamId, result.nextRevision);
    },
    emmett: async (streamId) => {
      const { type, data, metadata } = doorgestuurd();
      const result = await emmett.appendToStream(streamId, [{ type, data, metadata }], {
        expectedStreamVersion: theirs.get(streamId) ?? STREAM_DOES_NOT_EXIST,
      });
      theirs.set(streamId, result.nextExpectedStreamVersion);
    },
    raw: async (streamId) => {
      const revision = (rawRevisions.get(streamId) ?? -1) + 1;
      rawRevisions.set(streamId, revision);
      const { id, type, data, metadata } = doorgestuurd();
      await raw.query(
        `INSERT INTO raw_events (position, event_id, stream_id, revision, type, data, metadata, recorded_at, hash)
         VALUES (nextval('raw_position'), $1, $2, $3, $4, $5, $6, clock_timestamp(), $7)`,
        [id, streamId, revision, type, data, metadata, 'f'.repeat(64)],
      );
    },
  };
  return {
    store,
    run: async ({ system, writers, prefix, durationMs }: Run): Promise<RunResult> => {
      const latencies: number[] = [];
      const until = performance.now() + durationMs;
      await Promise.all(
        Array.from({ length: writers }, async (_, writer) => {
          for (let i = 0; performance.now() < until; i++) {
            const started = performance.now();
            await append[system](`${prefix}-${writer}-${i % STREAMS_PER_WRITER}`);
            latencies.push(performance.now() - started);
          }
        }),
      );
      return { events: latencies.length, latencies };
    },
    close: async () => {
      await store.close();
      await emmett.close();
      await endAllPools(); // Emmett's migration keeps a pool of its own
      await raw.end();
    },
  };
}

// A child process: runs what the parent sends, answers the result.
if (process.argv[2] === 'child') {
  const local = systems(process.argv[3], Number(process.argv[4]));
  process.on('message', (message: Run | 'close') => {
    if (message === 'close') void local.close().then(() => process.exit(0));
    else void local.run(message).then((result) => process.send!(result));
  });
  // Emmett checks its schema on first use in each process: before anything is timed
  void local
    .run({ system: 'emmett', writers: 1, prefix: `warm-emmett-${process.pid}`, durationMs: 50 })
    .then(() => process.send!('ready'));
} else {
  void main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

function ask(child: ChildProcess, run: Run): Promise<RunResult> {
  return new Promise((resolve) => {
    child.once('message', (result: RunResult) => resolve(result));
    child.send(run);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const db = await benchDatabase();
  const setup = createPool(db.url, { max: 1 });
  const local = systems(db.url, 16);
  const children: ChildProcess[] = [];
  try {
    await local.store.migrate();
    await setup.query('CREATE TABLE raw_events (LIKE events INCLUDING ALL); CREATE SEQUENCE raw_position');
    // Emmett creates its schema on first use: do that before anything is timed
    await local.run({ system: 'emmett', writers: 1, prefix: 'warm-emmett', durationMs: 200 });
    for (let i = 0; i < FORKED; i++) {
      const child = fork(__filename, ['child', db.url, String(i < FORKED_GROUP ? 4 : 1)]);
      await new Promise((resolve) => child.once('message', resolve));
      children.push(child);
    }
    /** `writers` each in `processes` forked processes, at the same time */
    const forked = async (processes: number, writers: number, system: System, prefix: string) => {
      const results = await Promise.all(
        children
          .slice(0, processes)
          .map((child, i) =>
            ask(child, { system, writers, prefix: `${prefix}-p${i}`, durationMs: SECONDS * 1000 }),
          ),
      );
      return {
        events: results.reduce((sum, r) => sum + r.events, 0),
        latencies: results.flatMap((r) => r.latencies),
      };
    };
    const topologies = [
      {
        name: '1 writer',
        run: (system: System, prefix: string) =>
          local.run({ system, writers: 1, prefix, durationMs: SECONDS * 1000 }),
      },
      {
        name: '16 writers, 1 process',
        run: (system: System, prefix: string) =>
          local.run({ system, writers: 16, prefix, durationMs: SECONDS * 1000 }),
      },
      {
        name: '16 writers, 4 processes',
        run: (system: System, prefix: string) => forked(FORKED_GROUP, 4, system, prefix),
      },
      {
        name: '16 writer processes',
        run: (system: System, prefix: string) => forked(FORKED, 1, system, prefix),
      },
    ];
    const figures = new Map<string, { rates: number[]; latencies: number[] }>();
    const loads: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const topology of topologies) {
        for (const system of SYSTEMS) {
          loads.push(loadavg()[0]);
          const result = await topology.run(
            system,
            `${system}-${round}-${topology.name.replace(/\W+/g, '')}`,
          );
          const key = `${topology.name}|${system}`;
          const entry = figures.get(key) ?? { rates: [], latencies: [] };
          entry.rates.push(Math.round(result.events / SECONDS));
          entry.latencies.push(...result.latencies);
          figures.set(key, entry);
        }
      }
    }
    const chain = await local.store.verifyChain();
    const head = await local.store.headPosition();
    const count = await setup.query<{ n: string }>('SELECT count(*) AS n FROM events');
    if (!chain.ok || Number(count.rows[0].n) !== head)
      throw new Error(`chain or order broken: ${JSON.stringify(chain)}`);
    const { rows } = await setup.query<{ synchronous_commit: string }>('SHOW synchronous_commit');

    const scenarios = topologies.map(({ name }) => {
      const bySystem = Object.fromEntries(
        SYSTEMS.map((system) => {
          const { rates, latencies } = figures.get(`${name}|${system}`)!;
          const sorted = latencies.sort((a, b) => a - b);
          return [
            system,
            {
              eventsPerSecond: median(rates),
              rounds: rates,
              p50Ms: Number(percentile(sorted, 0.5).toFixed(2)),
              p99Ms: Number(percentile(sorted, 0.99).toFixed(2)),
            },
          ];
        }),
      ) as unknown as Record<System, { eventsPerSecond: number }>;
      return {
        topology: name,
        ...bySystem,
        vsEmmett: Number(
          (bySystem.signaalspoor.eventsPerSecond / bySystem.emmett.eventsPerSecond).toFixed(2),
        ),
        vsRaw: Number((bySystem.signaalspoor.eventsPerSecond / bySystem.raw.eventsPerSecond).toFixed(2)),
        emmettVsRaw: Number((bySystem.emmett.eventsPerSecond / bySystem.raw.eventsPerSecond).toFixed(2)),
      };
    });
    console.log(
      JSON.stringify(
        {
          benchmark: 'event store appends: signaalspoor vs Emmett vs raw INSERT, interleaved',
          machine: machine(),
          server: db.server,
          synchronousCommit: rows[0].synchronous_commit,
          rounds: ROUNDS,
          secondsPerRun: SECONDS,
          loadAverage1m: { min: Math.min(...loads), max: Math.max(...loads) },
          chain: { ...chain, head },
          scenarios,
        },
        null,
        2,
      ),
    );
  } finally {
    // An idle connection of a pool Emmett keeps to itself can outlive its close(); dropping the database
    // terminates it (57P01), and that pool has no 'error' listener. Only that, and only now, is ignored.
    process.on('uncaughtException', (error: Error & { code?: string }) => {
      if (error.code !== '57P01') throw error;
    });
    children.forEach((child) => child.send('close'));
    await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
    await local.close();
    await setup.end();
    await db.close();
  }
}
