// What sealing and per-person encryption cost a single writer: SignaalIngediend appends with a
// `persoon` through the plain PostgresEventStore (baseline) and through the BewaakteEventStore (seal +
// AES-256-GCM, one key upsert per append), alternating rounds of each in the same run.
//   npx tsx bench/audit/append.bench.ts [events per round] [rounds]      (default 500, 4)
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore, NewEvent } from '@signaalspoor/event-store';
import { newEvent } from '@signaalspoor/event-store/testing';
import { auditSleutels, BewaakteEventStore, PersoonsKeks, PersoonsSleutels } from '@signaalspoor/logboek';
import { perSecond, runBench } from '../support';

const EVENTS = Number(process.argv[2] ?? 500);
const ROUNDS = Number(process.argv[3] ?? 4);

const ingediend = (index: number): NewEvent =>
  newEvent(
    'SignaalIngediend',
    {
      signaalId: randomUUID(),
      raadId: 'dr-kermt',
      titel: `Bench ${index}`,
      omschrijving: 'Een signaal voor de benchmark.',
      thema: 'verkeersveiligheid',
      bron: 'open-forum',
      persoon: { naam: `Persoon ${index % 50}`, email: `persoon${index % 50}@example.be` },
    },
    { actor: { rol: 'raad', id: 'raad-bench' }, schemaVersion: 1 },
  );

async function round(store: EventStore): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < EVENTS; i++) {
    const event = ingediend(i);
    await store.append(`signaal-${(event.data as { signaalId: string }).signaalId}`, [event], 'no-stream');
  }
  return performance.now() - started;
}

runBench(
  'single-writer appends: plain vs sealed and encrypted',
  { storePool: 4, pool: 4 },
  async ({ store, pool }) => {
    const sleutels = auditSleutels('bench-secret-of-at-least-thirty-two-characters');
    const personen = new PersoonsSleutels(
      pool,
      sleutels.pepper,
      new PersoonsKeks(mkdtempSync(join(tmpdir(), 'signaalspoor-bench-keys-')), sleutels.kekSalt),
    );
    await personen.migrate();
    const guarded = new BewaakteEventStore(store, sleutels.macKey, personen);
    await round(store); // warm-up
    let plainMs = 0;
    let guardedMs = 0;
    for (let r = 0; r < ROUNDS; r++) {
      plainMs += await round(store);
      guardedMs += await round(guarded);
    }
    const total = EVENTS * ROUNDS;
    return {
      eventsPerScenario: total,
      plainEventsPerSecond: perSecond(total, plainMs),
      sealedEncryptedEventsPerSecond: perSecond(total, guardedMs),
      ratio: Number((plainMs / guardedMs).toFixed(2)),
    };
  },
);
