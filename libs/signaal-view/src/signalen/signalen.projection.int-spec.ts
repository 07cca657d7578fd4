import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { createPool } from '@signaalspoor/database';
import type { Actor, SignaalCommand } from '@signaalspoor/domain';
import { PostgresEventStore, type RecordedEvent } from '@signaalspoor/event-store';
import { SignaalRepository } from '@signaalspoor/signaal-store';
import { createTestDatabase, testServers, type TestDatabase } from '@signaalspoor/testing';
import {
  inTransaction,
  ProjectionRunner,
  type Projection,
  type ProjectionLogger,
} from '@signaalspoor/projections';
import { SignalenProjection } from './signalen.projection';
import { cijfers } from './cijfers';
import { SignaalViewRepository } from './signaal-view.repository';
import { doorsturingDuur, houderVan } from './traject';

const HOUR = 3_600_000;
const at = (day: number, hour: number) => new Date(Date.UTC(2025, 2, day, hour)).toISOString();
const A = '7d1c2f4e-0000-4000-8000-00000000000a';
const B = '7d1c2f4e-0000-4000-8000-00000000000b';
const C = '7d1c2f4e-0000-4000-8000-00000000000c';
const WAIT = 30_000;

const raad = (raadId: string): Actor => ({ rol: 'raad', id: `lid-${raadId}`, raadId });
const wijkmanager: Actor = { rol: 'wijkmanager', id: 'wm-noord' };
const dienst = (dienstId: string): Actor => ({ rol: 'dienst', id: `medewerker-${dienstId}`, dienstId });

const ingediend = (signaalId: string, raadId: string, thema: string, when: string): SignaalCommand => ({
  type: 'DienSignaalIn',
  at: when,
  signaalId,
  raadId,
  titel: `Signaal over ${thema}`,
  omschrijving: 'Een omschrijving.',
  thema,
  bron: 'open-forum',
});

/** A projection that records what it was asked to apply; optionally another version, or one failure. */
function observed(inner: Projection, options: { version?: number; failOnceAt?: number } = {}) {
  const applied: number[] = [];
  let failed = false;
  const projection: Projection = {
    name: inner.name,
    version: options.version ?? inner.version,
    migrate: (client) => inner.migrate(client),
    reset: (client) => inner.reset(client),
    follows: (streamId) => inner.follows(streamId),
    appliedRevisions: (client, streamIds) => inner.appliedRevisions(client, streamIds),
    applyBatch: async (client, events) => {
      applied.push(...events.map((event) => event.position));
      if (events.some((event) => event.position === options.failOnceAt) && !failed) {
        failed = true;
        throw new Error('tijdelijk kapot');
      }
      await inner.applyBatch(client, events);
    },
  };
  return { projection, applied };
}

describe.each(testServers())('SignalenProjection on $name PostgreSQL', ({ url: serverUrl }) => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  let repository: SignaalRepository;
  let runner: ProjectionRunner;
  let views: SignaalViewRepository;
  const errors: string[] = [];
  const logger: ProjectionLogger = { log: () => undefined, error: (message) => errors.push(message) };
  const runnerFor = (projection: Projection) =>
    new ProjectionRunner(store, pool, projection, { logger, retryInitialMs: 10, pollIntervalMs: 200 });

  const execute = async (signaalId: string, command: SignaalCommand, actor: Actor) => {
    const context = { actor, correlationId: randomUUID(), causationId: randomUUID() };
    return (await repository.execute(signaalId, command, context)).position;
  };

  const dump = async (on = pool) => ({
    signalen: (await on.query('SELECT * FROM projectie.signalen ORDER BY signaal_id')).rows,
    traject: (await on.query('SELECT * FROM projectie.traject ORDER BY positie')).rows,
  });

  beforeAll(async () => {
    database = await createTestDatabase(serverUrl);
    store = new PostgresEventStore({ url: database.url });
    await store.migrate();
    pool = createPool(database.url);
    repository = new SignaalRepository(store);
    views = new SignaalViewRepository(pool);

    // Signaal A of raad Kiewit: the full loop, with a send-back and a re-routing.
    await execute(A, ingediend(A, 'kiewit', 'openbare-verlichting', at(3, 8)), raad('kiewit'));
    await execute(
      A,
      { type: 'StuurDoor', at: at(3, 9), doorsturingId: 'a1', dienstId: 'wegen' },
      wijkmanager,
    );
    await execute(
      A,
      { type: 'StuurDoor', at: at(3, 10), doorsturingId: 'a2', dienstId: 'groen' },
      wijkmanager,
    );
    const pickup = {
      type: 'PakOp',
      at: at(3, 11),
      doorsturingId: 'a1',
      dienstId: 'wegen',
      persoon: { naam: 'Jan' },
    };
    await execute(A, pickup as SignaalCommand, dienst('wegen'));
    await execute(
      A,
      {
        type: 'Beantwoord',
        at: at(3, 13),
        doorsturingId: 'a1',
        dienstId: 'wegen',
        besluit: 'ingepland',
        antwoord: 'In mei.',
      },
      dienst('wegen'),
    );
    // a fact of another stream: the projection passes over it
    await store.append(
      'andere-1',
      [
        {
          id: randomUUID(),
          type: 'IetsAnders',
          data: {},
          metadata: {
            actor: { rol: 'systeem', id: 'test' },
            correlationId: randomUUID(),
            causationId: randomUUID(),
            schemaVersion: 1,
            occurredAt: at(3, 13),
          },
        },
      ],
      'any',
    );
    await execute(
      A,
      { type: 'StuurTerug', at: at(3, 14), doorsturingId: 'a2', dienstId: 'groen', reden: 'Niet voor ons.' },
      dienst('groen'),
    );
    await execute(
      A,
      { type: 'StuurDoor', at: at(3, 15), doorsturingId: 'a3', dienstId: 'verlichting' },
      wijkmanager,
    );
    await execute(
      A,
      { type: 'KoppelTerug', at: at(3, 16), boodschap: 'We volgen op.', definitief: false },
      wijkmanager,
    );
    await execute(
      A,
      { type: 'PakOp', at: at(3, 17), doorsturingId: 'a3', dienstId: 'verlichting' },
      dienst('verlichting'),
    );
    await execute(
      A,
      {
        type: 'Beantwoord',
        at: at(3, 20),
        doorsturingId: 'a3',
        dienstId: 'verlichting',
        besluit: 'uitgevoerd',
        antwoord: 'Hersteld.',
      },
      dienst('verlichting'),
    );
    await execute(
      A,
      { type: 'KoppelTerug', at: at(3, 21), boodschap: 'Hersteld.', definitief: true },
      wijkmanager,
    );
    await execute(A, { type: 'SluitAf', at: at(3, 23) }, raad('kiewit'));

    // Signaal B of raad Spalbeek, still with a dienst; signaal C of Kiewit, still waiting for triage.
    await execute(B, ingediend(B, 'spalbeek', 'mobiliteit', at(4, 8)), raad('spalbeek'));
    await execute(
      B,
      { type: 'StuurDoor', at: at(4, 9), doorsturingId: 'b1', dienstId: 'wegen' },
      wijkmanager,
    );
    await execute(C, ingediend(C, 'kiewit', 'groen', at(5, 8)), raad('kiewit'));

    runner = runnerFor(new SignalenProjection(views));
    await runner.start();
  });

  afterAll(async () => {
    await runner.stop();
    await pool.end();
    await store.close();
    await database.drop();
  });

  it('catches up with the log and reports itself live', async () => {
    const head = await store.headPosition();
    expect(await runner.waitFor(head, WAIT)).toBe(true);
    expect(await runner.status()).toEqual({ name: 'signalen', position: head, head, lag: 0, state: 'live' });
  });

  it('shows the current view of a signaal', async () => {
    const detail = await views.vind(A);
    expect(detail).toMatchObject({
      id: A,
      raadId: 'kiewit',
      status: 'afgesloten',
      bal: { bij: 'niemand' },
      revision: 11,
    });
    expect(detail?.doorsturingen.map((d) => [d.id, d.status])).toEqual([
      ['a1', 'beantwoord'],
      ['a2', 'teruggestuurd'],
      ['a3', 'beantwoord'],
    ]);
    expect(await views.vind('onbekend')).toBeNull();
  });

  it('shows every hop of the traject in order, with its duration and whose court it left the ball in', async () => {
    const traject = await views.traject(A);
    const hops = traject?.hops ?? [];
    expect(hops.map((hop) => [hop.type, hop.duurMs === null ? null : hop.duurMs / HOUR, hop.bal])).toEqual([
      ['SignaalIngediend', null, { bij: 'wijkmanager' }],
      ['DoorgestuurdNaarDienst', 1, { bij: 'dienst', diensten: ['wegen'] }],
      ['DoorgestuurdNaarDienst', 1, { bij: 'dienst', diensten: ['wegen', 'groen'] }],
      ['OpgepaktDoorDienst', 1, { bij: 'dienst', diensten: ['wegen', 'groen'] }],
      ['BeantwoordDoorDienst', 2, { bij: 'dienst', diensten: ['groen'] }],
      ['TeruggestuurdDoorDienst', 1, { bij: 'wijkmanager' }],
      ['DoorgestuurdNaarDienst', 1, { bij: 'dienst', diensten: ['verlichting'] }],
      ['TeruggekoppeldAanRaad', 1, { bij: 'dienst', diensten: ['verlichting'] }],
      ['OpgepaktDoorDienst', 1, { bij: 'dienst', diensten: ['verlichting'] }],
      ['BeantwoordDoorDienst', 3, { bij: 'wijkmanager' }],
      ['TeruggekoppeldAanRaad', 1, { bij: 'raad' }],
      ['SignaalAfgesloten', 2, { bij: 'niemand' }],
    ]);
    expect(hops.map((hop) => hop.revision)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(hops.map((hop) => hop.positie)).toEqual([...hops.map((hop) => hop.positie)].sort((x, y) => x - y));
    expect(hops[0]).toMatchObject({ at: at(3, 8), actor: { rol: 'raad', id: 'lid-kiewit' } });
    expect(hops[3]?.gegevens).toEqual({ doorsturingId: 'a1', dienstId: 'wegen' });
    expect(hops[4]?.gegevens).toMatchObject({ besluit: 'ingepland' });
    expect(hops[10]?.gegevens).toMatchObject({ definitief: true });
    expect(traject?.view).toMatchObject({ id: A, bal: { bij: 'niemand' } });
    const namen = { raad: (id: string) => id, dienst: (id: string) => id, wijkmanager: () => undefined };
    expect(houderVan(traject!.view, hops, namen)).toMatchObject({
      rol: 'niemand',
      omschrijving: 'Afgerond: niemand moet nog iets doen.',
      sinds: at(3, 23),
    });
    expect(
      traject?.view.doorsturingen.map(doorsturingDuur).map((d) => [d.id, d.totOppakkenMs, d.totAntwoordMs]),
    ).toEqual([
      ['a1', 2 * HOUR, 4 * HOUR],
      ['a2', null, 4 * HOUR],
      ['a3', 2 * HOUR, 5 * HOUR],
    ]);
    expect(await views.traject('onbekend')).toBeNull();
  });

  it('lists signalen newest first, filtered by raad, dienst, status, thema and period', async () => {
    const ids = async (filter: Parameters<SignaalViewRepository['lijst']>[0]) =>
      (await views.lijst(filter)).items.map((item) => item.id);
    const page = { limiet: 10, offset: 0 };

    expect(await ids(page)).toEqual([C, B, A]);
    expect(await ids({ ...page, raadIds: ['kiewit'] })).toEqual([C, A]);
    expect(await ids({ ...page, raadIds: [] })).toEqual([]);
    expect(await ids({ ...page, dienstId: 'groen' })).toEqual([A]);
    expect(await ids({ ...page, dienstId: 'wegen' })).toEqual([B, A]);
    expect(await ids({ ...page, status: 'in-behandeling' })).toEqual([B]);
    expect(await ids({ ...page, thema: 'groen' })).toEqual([C]);
    expect(await ids({ ...page, van: at(4, 0), tot: at(5, 0) })).toEqual([B]);
    expect(await ids({ ...page, raadIds: ['kiewit'], van: at(4, 0) })).toEqual([C]);

    const second = await views.lijst({ limiet: 1, offset: 1 });
    expect(second).toMatchObject({ total: 3 });
    expect(second.items).toMatchObject([
      {
        id: B,
        raadId: 'spalbeek',
        titel: 'Signaal over mobiliteit',
        thema: 'mobiliteit',
        bron: 'open-forum',
        status: 'in-behandeling',
        ingediendOp: at(4, 8),
        gewijzigdOp: at(4, 9),
        bal: { bij: 'dienst', diensten: ['wegen'] },
        overschredenTermijnen: [],
        revision: 1,
        positie: expect.any(Number),
      },
    ]);
  });

  it('computes feedback figures per raad, thema and year, and answer figures per dienst', async () => {
    const a = (await views.vind(A))!;
    const definitief = a.terugkoppelingen.find((t) => t.definitief)!.op;
    const dagen = (from: string, to: string) =>
      Math.round(((Date.parse(to) - Date.parse(from)) / 86_400_000) * 10) / 10;

    expect(await cijfers(views, 'raad')).toEqual([
      {
        sleutel: 'kiewit',
        signalen: 2,
        ingetrokken: 0,
        teruggekoppeld: 1,
        terugkoppelingsgraad: 0.5,
        mediaanDagenTotTerugkoppeling: dagen(a.ingediendOp, definitief),
      },
      {
        sleutel: 'spalbeek',
        signalen: 1,
        ingetrokken: 0,
        teruggekoppeld: 0,
        terugkoppelingsgraad: 0,
        mediaanDagenTotTerugkoppeling: null,
      },
    ]);
    expect((await cijfers(views, 'jaar')).map((r) => [r.sleutel, 'signalen' in r && r.signalen])).toEqual([
      ['2025', 3],
    ]);
    expect(await cijfers(views, 'raad', 2024)).toEqual([]);
    const wegen = (await cijfers(views, 'dienst')).find((r) => r.sleutel === 'wegen');
    expect(wegen).toMatchObject({ doorsturingen: 2, beantwoord: 1, teruggestuurd: 0 });
  });

  it('applies a batch into the same tables as its events one by one, also when hops span two batches', async () => {
    const events = await store.readAll({ after: 0, limit: 1000 });
    const ofA = events.filter((event) => event.streamId.endsWith(A));
    const split = events.indexOf(ofA[6]!);
    const other = await createTestDatabase(serverUrl);
    const otherPool = createPool(other.url);
    const projection = new SignalenProjection(new SignaalViewRepository(otherPool));
    const project = async (batches: RecordedEvent[][]) => {
      await inTransaction(otherPool, async (client) => {
        await client.query('CREATE SCHEMA IF NOT EXISTS projectie');
        await projection.reset(client);
        await projection.migrate(client);
        for (const batch of batches) await projection.applyBatch(client, batch);
      });
      return dump(otherPool);
    };
    try {
      const oneByOne = await project(events.map((event) => [event]));
      // every event but the one of another stream is a hop, of signalen A, B and C
      expect(oneByOne.traject).toHaveLength(events.length - 1);
      expect(oneByOne.signalen).toHaveLength(3);

      expect(await project([events])).toEqual(oneByOne);
      expect(await project([events.slice(0, split), events.slice(split)])).toEqual(oneByOne);
      // a batch repeating events already applied changes nothing
      expect(await project([events.slice(0, split + 3), events.slice(split)])).toEqual(oneByOne);
    } finally {
      await otherPool.end();
      await other.drop();
    }
  });

  it('rebuilds from position zero into exactly the same tables', async () => {
    const head = await store.headPosition();
    const before = await dump();
    await runner.rebuild();
    expect(await runner.waitFor(head, WAIT)).toBe(true);
    expect(await dump()).toEqual(before);
  });

  it('after a stop, continues from its checkpoint', async () => {
    await runner.stop();
    expect((await runner.status()).state).toBe('stopped');
    const checkpoint = (await runner.status()).position;
    await execute(
      B,
      { type: 'PakOp', at: at(4, 10), doorsturingId: 'b1', dienstId: 'wegen' },
      dienst('wegen'),
    );
    const last = await execute(
      B,
      {
        type: 'Beantwoord',
        at: at(4, 12),
        doorsturingId: 'b1',
        dienstId: 'wegen',
        besluit: 'in-onderzoek',
        antwoord: 'We bekijken het.',
      },
      dienst('wegen'),
    );

    const { projection, applied } = observed(new SignalenProjection(views));
    runner = runnerFor(projection);
    await runner.start();
    expect(await runner.waitFor(last, WAIT)).toBe(true);

    expect(applied).toEqual([checkpoint + 1, checkpoint + 2]);
    expect(await views.vind(B)).toMatchObject({ status: 'beantwoord', bal: { bij: 'wijkmanager' } });
    expect((await views.vind(B))?.doorsturingen.map(doorsturingDuur)).toMatchObject([
      { totOppakkenMs: HOUR, totAntwoordMs: 3 * HOUR },
    ]);
  });

  it('rebuilds when the projection version changes', async () => {
    const head = await store.headPosition();
    const before = await dump();
    await runner.stop();

    const bumped = new SignalenProjection(views).version + 1;
    const { projection, applied } = observed(new SignalenProjection(views), { version: bumped });
    runner = runnerFor(projection);
    await runner.start();
    expect(await runner.waitFor(head, WAIT)).toBe(true);

    expect(applied[0]).toBe(1);
    expect(applied).toHaveLength(head);
    expect(await dump()).toEqual(before);
    const { rows } = await pool.query(
      "SELECT version, position FROM projectie.checkpoints WHERE name = 'signalen'",
    );
    expect(rows).toEqual([{ version: bumped, position: String(head) }]);
  });

  it('waits for a position: true once projected (read-your-writes), false when it never comes', async () => {
    const head = await store.headPosition();
    expect(await runner.waitFor(head + 1, 50)).toBe(false);

    const position = await execute(
      B,
      { type: 'KoppelTerug', at: at(4, 13), boodschap: 'Het wordt onderzocht.', definitief: true },
      wijkmanager,
    );
    expect(await runner.waitFor(position, WAIT)).toBe(true);
    expect(await views.vind(B)).toMatchObject({ status: 'teruggekoppeld', positie: position });
  });

  it('retries a failing batch until it applies, without skipping an event', async () => {
    await runner.stop();
    const position = await execute(B, { type: 'SluitAf', at: at(4, 14) }, raad('spalbeek'));
    // the version the previous test left in the database
    const version = new SignalenProjection(views).version + 1;
    const { projection, applied } = observed(new SignalenProjection(views), {
      version,
      failOnceAt: position,
    });
    runner = runnerFor(projection);
    errors.length = 0;
    await runner.start();

    expect(await runner.waitFor(position, WAIT)).toBe(true);
    expect(applied).toEqual([position, position]);
    expect(errors).toEqual([expect.stringContaining('tijdelijk kapot')]);
    expect(await runner.status()).toMatchObject({ state: 'live', position });
    expect(await views.vind(B)).toMatchObject({ status: 'afgesloten' });
  });

  it('lists the open signalen whose deadline passed', async () => {
    const page = { limiet: 10, offset: 0, overschreden: true };
    expect((await views.lijst(page)).items).toEqual([]);
    const position = await execute(
      C,
      { type: 'MeldTermijnOverschreden', at: at(20, 9), termijn: 'ontvangst', vervaldatum: at(20, 8) },
      { rol: 'systeem', id: 'termijnen' },
    );
    expect(await runner.waitFor(position, WAIT)).toBe(true);
    const overdue = await views.lijst(page);
    expect(overdue.items.map((item) => [item.id, item.overschredenTermijnen])).toEqual([[C, ['ontvangst']]]);
    expect(overdue.total).toBe(1);
  });
});
