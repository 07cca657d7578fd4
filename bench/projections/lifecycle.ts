// The signaal the projection benches write: its commands and the context they are executed in.
import { randomUUID } from 'node:crypto';
import type { SignaalCommand } from '@signaalspoor/domain';
import { createPool } from '@signaalspoor/database';
import { auditSleutels, BewaakteEventStore, PersoonsKeks, PersoonsSleutels } from '@signaalspoor/logboek';
import { SignaalRepository, type CommandContext } from '@signaalspoor/signaal-store';
import { TEST_AUDIT_SIGNING_KEY } from '@signaalspoor/testing';
import { signalenRunner, type BenchContext } from '../support';

/** The bench writes as the system. */
export const context: CommandContext = {
  actor: { rol: 'systeem', id: 'bench' },
  correlationId: 'bench',
  causationId: 'bench',
};

/** One signaal's whole life: 10 events (the first 7 leave it open, feedback given). */
export function lifecycle(signaalId: string, at: string, raadId = 'dr-kermt'): SignaalCommand[] {
  const [a, b] = [randomUUID(), randomUUID()];
  return [
    {
      type: 'DienSignaalIn',
      at,
      signaalId,
      raadId,
      titel: 'Bench',
      omschrijving: 'Bench',
      thema: 'mobiliteit',
      bron: 'andere',
    },
    { type: 'StuurDoor', at, doorsturingId: a, dienstId: 'mobiliteit' },
    { type: 'StuurDoor', at, doorsturingId: b, dienstId: 'awv' },
    { type: 'PakOp', at, doorsturingId: a, dienstId: 'mobiliteit' },
    {
      type: 'Beantwoord',
      at,
      doorsturingId: a,
      dienstId: 'mobiliteit',
      besluit: 'ingepland',
      antwoord: 'Bench',
    },
    { type: 'StuurTerug', at, doorsturingId: b, dienstId: 'awv', reden: 'Bench' },
    { type: 'KoppelTerug', at, boodschap: 'Tussentijds', definitief: false },
    { type: 'KoppelTerug', at, boodschap: 'Definitief', definitief: true },
    { type: 'Heropen', at, reden: 'Bench' },
    { type: 'TrekIn', at },
  ];
}

/** The four raden the read benches spread their signalen over. */
export const RADEN = ['dr-kermt', 'dr-kuringen', 'dr-stevoort', 'dr-spalbeek'];

/**
 * Writes 1,000 signalen over RADEN through the app's sealed log (the app refuses unsealed events),
 * eight writers at once, submitted three seconds apart in the last hour so no deadline has passed (the
 * app's deadline run would otherwise write while the bench measures). `commands` picks a signaal's
 * commands from its first 7 (open, feedback given). Then the signalen projection catches up with the
 * log. Returns the ids in order (signaal i belongs to RADEN[i % 4]).
 */
export async function schrijfSignalen(
  { db, store, pool }: BenchContext,
  keyDir: string,
  commands: (eerste7: SignaalCommand[], i: number, at: string) => SignaalCommand[] = (eerste7) => eerste7,
): Promise<string[]> {
  const sleutels = auditSleutels(TEST_AUDIT_SIGNING_KEY);
  const personenPool = createPool(db.url, { max: 2 });
  const personen = new PersoonsSleutels(
    personenPool,
    sleutels.pepper,
    new PersoonsKeks(keyDir, sleutels.kekSalt),
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
        const eerste7 = lifecycle(id, at, RADEN[i % RADEN.length]!).slice(0, 7);
        for (const command of commands(eerste7, i, at)) await repository.execute(id, command, context);
      }
    }),
  );
  await personenPool.end();
  const runner = signalenRunner(store, pool);
  await runner.start();
  await runner.waitFor(await store.headPosition(), 600_000);
  await runner.stop();
  return ids;
}
