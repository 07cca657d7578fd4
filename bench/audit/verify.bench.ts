// Verification of the whole log vs a plain SHA-256 loop over the same rows, measured in the same run.
// Seeds N sealed events straight into the events table (as the store would have chained them), then:
//   baseline: read every row (the verifier's reader) and recompute only the SHA-256 chain;
//   verifier: read every row and run LogVerifier (positions, chain, HMAC seal, checkpoints).
// Both also run in memory over the rows read once, to separate the CPU cost from the reads.
//   npx tsx bench/audit/verify.bench.ts [events]      (default 200000)
import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@signaalspoor/event-store';
import {
  allStoredEvents,
  auditSleutels,
  chainHash,
  GENESIS_HASH,
  LogVerifier,
  signCheckpoint,
  verzegel,
  type StoredEvent,
} from '@signaalspoor/logboek';
import type { Pool } from 'pg';
import { perSecond, runBench } from '../support';

const EVENTS = Number(process.argv[2] ?? 200_000);
const SEED_BATCH = 5000;
const sleutels = auditSleutels('bench-secret-of-at-least-thirty-two-characters');

function event(index: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'DoorgestuurdNaarDienst',
    data: { doorsturingId: randomUUID(), dienstId: 'mobiliteit', toelichting: `Bench ${index}` },
    metadata: {
      actor: { rol: 'wijkmanager', id: 'wm-bench' },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      schemaVersion: 1,
      occurredAt: '2026-01-01T00:00:00.000Z',
    },
  };
}

/** Writes N sealed, chained events and the head; answers the head. */
async function seed(pool: Pool): Promise<{ positie: number; hash: string }> {
  let hash = GENESIS_HASH;
  const recordedAt = '2026-01-01T00:00:00.000000Z';
  for (let start = 0; start < EVENTS; start += SEED_BATCH) {
    const rows: StoredEvent[] = [];
    for (let i = start; i < Math.min(start + SEED_BATCH, EVENTS); i++) {
      const streamId = `signaal-bench-${i % 1000}`;
      const revision = Math.floor(i / 1000);
      const sealed = verzegel(sleutels.macKey, streamId, event(i), revision);
      const stored = { ...sealed, streamId, revision, position: i + 1, recordedAt };
      hash = chainHash(hash, stored);
      rows.push({ ...stored, hash });
    }
    await pool.query(
      `INSERT INTO events (position, event_id, stream_id, revision, type, data, metadata, recorded_at, hash)
       SELECT e.position, e.id, e."streamId", e.revision, e.type, e.data, e.metadata, e."recordedAt"::timestamptz, e.hash
         FROM jsonb_to_recordset($1::jsonb)
              AS e(position bigint, id uuid, "streamId" text, revision bigint, type text, data jsonb, metadata jsonb, "recordedAt" text, hash text)`,
      [JSON.stringify(rows)],
    );
  }
  await pool.query('UPDATE log_head SET position = $1, hash = $2', [EVENTS, hash]);
  return { positie: EVENTS, hash };
}

const time = async (work: () => Promise<void> | void): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

runBench('verification of the log vs a plain SHA-256 loop', { storePool: 2, pool: 2 }, async ({ pool }) => {
  const seedMs = await time(async () => void (await seed(pool)));
  const head = await pool.query('SELECT position, hash FROM log_head').then((r) => r.rows[0]);
  const checkpoints = [
    signCheckpoint(sleutels.checkpointKey, { positie: EVENTS, hash: head.hash }, new Date()),
  ];
  const verifier = () =>
    new LogVerifier({ macKey: sleutels.macKey, checkpoints, publicKey: sleutels.publicKeyPem });

  let baselineHash = '';
  const baselineDbMs = await time(async () => {
    let hash = GENESIS_HASH;
    for await (const row of allStoredEvents(pool)) hash = chainHash(hash, row);
    baselineHash = hash;
  });
  let intact = false;
  const verifyDbMs = await time(async () => {
    const v = verifier();
    for await (const row of allStoredEvents(pool)) v.add(row);
    intact = v.finish({ positie: EVENTS, hash: head.hash }).intact;
  });

  const rows: StoredEvent[] = [];
  for await (const row of allStoredEvents(pool)) rows.push(row);
  const baselineCpuMs = await time(() => {
    let hash = GENESIS_HASH;
    for (const row of rows) hash = chainHash(hash, row);
  });
  const verifyCpuMs = await time(() => {
    const v = verifier();
    for (const row of rows) v.add(row);
    v.finish();
  });

  return {
    events: EVENTS,
    seedEventsPerSecond: perSecond(EVENTS, seedMs),
    intact: intact && baselineHash === head.hash,
    fromDatabase: {
      sha256LoopEventsPerSecond: perSecond(EVENTS, baselineDbMs),
      verifierEventsPerSecond: perSecond(EVENTS, verifyDbMs),
      ratio: Number((baselineDbMs / verifyDbMs).toFixed(2)),
    },
    inMemory: {
      sha256LoopEventsPerSecond: perSecond(EVENTS, baselineCpuMs),
      verifierEventsPerSecond: perSecond(EVENTS, verifyCpuMs),
      ratio: Number((baselineCpuMs / verifyCpuMs).toFixed(2)),
    },
  };
});
