import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { signaalStreamId, type Actor, type SignaalCommand } from '@signaalspoor/domain';
import { BELEID, dienSignaalIn } from '@signaalspoor/domain/testing';
import type { PostgresEventStore } from '@signaalspoor/event-store';
import { storeDatabase, type StoreDatabase } from '@signaalspoor/event-store/testing';
import { ProjectionRunner } from '@signaalspoor/projections';
import { SignaalViewRepository, SignalenProjection } from '@signaalspoor/signaal-view';
import { SignaalRepository } from '@signaalspoor/signaal-store';
import { testServers } from '@signaalspoor/testing';
import { TermijnenProcessManager } from './termijnen.process-manager';

const at = (date: string, time = '09:00') => `${date}T${time}:00.000Z`;
const NOW = at('2025-04-15'); // a Tuesday
// Deadlines keep the Brussels time of day: 09:00 UTC in March is 08:00 UTC after 30 March (summer time).
const WAIT = 30_000;

const raad: Actor = { rol: 'raad', id: 'lid-kiewit', raadId: 'kiewit' };
const wijkmanager: Actor = { rol: 'wijkmanager', id: 'wm-noord' };
const wegen: Actor = { rol: 'dienst', id: 'medewerker-wegen', dienstId: 'wegen' };

/** Each signaal its own id and its own story: */
const NIET_GETRIEERD = randomUUID(); // submitted 3 March, never touched
const BIJ_DIENST = randomUUID(); // routed 3 March, never answered
const TERUGGEKOPPELD = randomUUID(); // final feedback 4 March, the raad never reacted
const AANVAARD = randomUUID(); // closed by the raad
const RECENT = randomUUID(); // submitted the day before NOW
const LAAT_GETRIEERD = randomUUID(); // submitted 7 April, routed 8 April: the read model does not know yet

const stuurDoor = (when: string, doorsturingId: string): SignaalCommand => ({
  type: 'StuurDoor',
  at: when,
  doorsturingId,
  dienstId: 'wegen',
});

describe.each(testServers())('TermijnenProcessManager on $name PostgreSQL', ({ url: serverUrl }) => {
  let database: StoreDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  let repository: SignaalRepository;
  let runner: ProjectionRunner;
  let manager: TermijnenProcessManager;
  const logged: { level: string; message: string }[] = [];
  const logger = {
    log: (message: string) => logged.push({ level: 'log', message }),
    warn: (message: string) => logged.push({ level: 'warn', message }),
    error: (message: string) => logged.push({ level: 'error', message }),
  };

  const execute = (signaalId: string, command: SignaalCommand, actor: Actor) =>
    repository.execute(signaalId, command, { actor, correlationId: randomUUID(), causationId: randomUUID() });
  const startProjection = async () => {
    // the read model as the composition keeps it: with the deadline policy (its next actions)
    const views = new SignaalViewRepository(pool, 'projectie', BELEID);
    runner = new ProjectionRunner(store, pool, new SignalenProjection(views), {
      pollIntervalMs: 200,
      logger,
    });
    await runner.start();
    expect(await runner.waitFor(await store.headPosition(), WAIT)).toBe(true);
  };
  /** What the process manager wrote in a signaal's stream. */
  const systemEvents = async (signaalId: string) =>
    (await store.readStream(signaalStreamId(signaalId)))
      .filter((event) => event.metadata.actor.rol === 'systeem')
      .map(({ type, data, metadata }) => ({ type, data, metadata }));

  beforeAll(async () => {
    database = await storeDatabase(serverUrl);
    ({ store, pool } = database);
    repository = new SignaalRepository(store);

    await execute(NIET_GETRIEERD, dienSignaalIn(NIET_GETRIEERD, at('2025-03-03')), raad);

    await execute(BIJ_DIENST, dienSignaalIn(BIJ_DIENST, at('2025-03-03')), raad);
    await execute(BIJ_DIENST, stuurDoor(at('2025-03-03', '10:00'), 'b1'), wijkmanager);

    await execute(TERUGGEKOPPELD, dienSignaalIn(TERUGGEKOPPELD, at('2025-03-03')), raad);
    await execute(TERUGGEKOPPELD, stuurDoor(at('2025-03-03', '10:00'), 't1'), wijkmanager);
    await execute(
      TERUGGEKOPPELD,
      {
        type: 'Beantwoord',
        at: at('2025-03-04'),
        doorsturingId: 't1',
        dienstId: 'wegen',
        besluit: 'uitgevoerd',
        antwoord: 'Hersteld.',
      },
      wegen,
    );
    await execute(
      TERUGGEKOPPELD,
      { type: 'KoppelTerug', at: at('2025-03-04', '12:00'), boodschap: 'Hersteld.', definitief: true },
      wijkmanager,
    );

    await execute(AANVAARD, dienSignaalIn(AANVAARD, at('2025-03-03')), raad);
    await execute(
      AANVAARD,
      { type: 'KoppelTerug', at: at('2025-03-04'), boodschap: 'Niet voor de stad.', definitief: true },
      wijkmanager,
    );
    await execute(AANVAARD, { type: 'SluitAf', at: at('2025-03-05') }, raad);

    await execute(RECENT, dienSignaalIn(RECENT, at('2025-04-14')), raad);
    await execute(LAAT_GETRIEERD, dienSignaalIn(LAAT_GETRIEERD, at('2025-04-07')), raad);

    await startProjection();
    // the routing of LAAT_GETRIEERD happens while the read model lags
    await runner.stop();
    await execute(LAAT_GETRIEERD, stuurDoor(at('2025-04-08'), 'l1'), wijkmanager);

    manager = new TermijnenProcessManager(repository, new SignaalViewRepository(pool), {
      beleid: BELEID,
      intervalMs: 60_000,
      now: () => new Date(NOW),
      pageSize: 2,
      logger,
    });
  });

  afterAll(async () => {
    await manager.stop();
    await runner.stop();
    await database.close();
  });

  it('reports every passed deadline and closes what the raad did not react to', async () => {
    const run = await manager.run();
    // read: the four whose next action has come (AANVAARD is closed, RECENT has time left)
    expect(run).toEqual({ id: expect.any(String), now: NOW, read: 4, written: 5, skipped: 1, failed: 0 });

    const metadata = {
      actor: { rol: 'systeem', id: 'termijnen' },
      correlationId: expect.any(String),
      causationId: `termijnen:${run.id}`,
      schemaVersion: 1,
      occurredAt: NOW,
    };
    expect(await systemEvents(NIET_GETRIEERD)).toEqual([
      {
        type: 'TermijnOverschreden',
        data: { termijn: 'ontvangst', vervaldatum: at('2025-03-10') },
        metadata,
      },
      {
        type: 'TermijnOverschreden',
        data: { termijn: 'terugkoppeling', vervaldatum: at('2025-04-14', '08:00') },
        metadata,
      },
    ]);
    expect(await systemEvents(BIJ_DIENST)).toEqual([
      {
        type: 'TermijnOverschreden',
        data: { termijn: 'antwoord-dienst', vervaldatum: at('2025-03-31', '09:00'), doorsturingId: 'b1' },
        metadata,
      },
      {
        type: 'TermijnOverschreden',
        data: { termijn: 'terugkoppeling', vervaldatum: at('2025-04-14', '08:00') },
        metadata,
      },
    ]);
    expect(await systemEvents(TERUGGEKOPPELD)).toEqual([
      { type: 'SignaalAfgesloten', data: { wijze: 'automatisch' }, metadata },
    ]);
    expect((await repository.load(TERUGGEKOPPELD)).state?.status).toBe('afgesloten');
    expect(await systemEvents(AANVAARD)).toEqual([]);
    expect(await systemEvents(RECENT)).toEqual([]);
    // nominated by the lagging read model, but routed in time according to its stream
    expect(await systemEvents(LAAT_GETRIEERD)).toEqual([]);
    expect(logged.filter((entry) => entry.level !== 'log')).toEqual([]);
  });

  it('adds nothing on a second run, and never runs twice at once', async () => {
    await startProjection();
    const head = await store.headPosition();

    const run = manager.run();
    expect(manager.run()).toBe(run);
    expect(await run).toMatchObject({ read: 0, written: 0, skipped: 0, failed: 0 });
    expect(await store.headPosition()).toBe(head);
  });

  it('does not trust a next action computed under another policy', async () => {
    // the same read model, read by a process whose policy gives a day for triage: RECENT (submitted
    // yesterday, not due under BELEID) is overdue under it; the rows say they were computed under BELEID
    const strenger = new TermijnenProcessManager(repository, new SignaalViewRepository(pool), {
      beleid: { ...BELEID, ontvangstWerkdagen: 1 },
      intervalMs: 60_000,
      now: () => new Date(NOW),
      logger,
    });
    const run = await strenger.run();
    expect(run).toMatchObject({ written: 1, skipped: 0, failed: 0 });
    expect((await systemEvents(RECENT)).map(({ type, data }) => ({ type, data }))).toEqual([
      { type: 'TermijnOverschreden', data: { termijn: 'ontvangst', vervaldatum: at('2025-04-15') } },
    ]);
  });

  it('runs once at start and reports its state for readiness', async () => {
    const previous = manager.status().details.lastRun?.id;
    manager.start();
    expect(manager.status()).toMatchObject({ ok: true, details: { running: true } });
    await manager.stop();
    const { ok, details } = manager.status();
    expect(ok).toBe(false);
    expect(details).toMatchObject({ running: false, lastRun: { written: 0, failed: 0 } });
    expect(details.lastRun?.id).not.toBe(previous);
  });
});
