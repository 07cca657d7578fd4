import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { createPool } from '@signaalspoor/database';
import type { Actor, SignaalCommand } from '@signaalspoor/domain';
import { newEvent } from '@signaalspoor/event-store/testing';
import { PostgresEventStore, type RecordedEvent } from '@signaalspoor/event-store';
import { inTransaction } from '@signaalspoor/projections';
import { SignaalViewRepository, SignalenProjection, STADSDIENSTEN_KOPIE } from '@signaalspoor/signaal-view';
import { SignaalRepository } from '@signaalspoor/signaal-store';
import { createTestDatabase, testServers, type TestDatabase } from '@signaalspoor/testing';

const at = (hour: number) => new Date(Date.UTC(2026, 2, 3, hour)).toISOString();
const raad: Actor = { rol: 'raad', id: 'lid-kermt', raadId: 'dr-kermt' };
const wijkmanager: Actor = { rol: 'wijkmanager', id: 'wm-oost' };
const dienst = (dienstId: string): Actor => ({ rol: 'dienst', id: `medewerker-${dienstId}`, dienstId });

// A dienst's inbox is a query of the signaal view: here of the stadsdiensten service's own copy.
describe.each(testServers())('the inbox of the signaal view on $name PostgreSQL', ({ url: serverUrl }) => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  let views: SignaalViewRepository;
  let projection: SignalenProjection;
  let events: RecordedEvent[];
  /** the position of the last event of each signaal, by its doorsturing */
  let laatste: { a1: number; b1: number };

  const execute = (signaalId: string, command: SignaalCommand, actor: Actor) =>
    new SignaalRepository(store).execute(signaalId, command, {
      actor,
      correlationId: randomUUID(),
      causationId: randomUUID(),
    });

  /** applies `batches` to an empty inbox and returns what it holds */
  const inboxAfter = async (batches: RecordedEvent[][]) => {
    await inTransaction(pool, async (client) => {
      await projection.reset(client);
      await projection.migrate(client);
    });
    for (const batch of batches) await inTransaction(pool, (client) => projection.applyBatch(client, batch));
    return inbox();
  };
  const inbox = async () => ({
    wegen: await views.inbox('wegen', { alle: true, limiet: 50, offset: 0 }),
    groen: await views.inbox('groen', { alle: true, limiet: 50, offset: 0 }),
    groenOpen: await views.inbox('groen', { alle: false, limiet: 50, offset: 0 }),
  });

  beforeAll(async () => {
    database = await createTestDatabase(serverUrl);
    store = new PostgresEventStore({ url: database.url });
    await store.migrate();
    pool = createPool(database.url);
    views = new SignaalViewRepository(pool, STADSDIENSTEN_KOPIE.schema);
    projection = new SignalenProjection(views, STADSDIENSTEN_KOPIE.naam);
    const [a, b] = [randomUUID(), randomUUID()];
    for (const id of [a, b]) {
      await execute(
        id,
        {
          type: 'DienSignaalIn',
          at: at(8),
          signaalId: id,
          raadId: 'dr-kermt',
          titel: `Signaal ${id}`,
          omschrijving: 'Een omschrijving.',
          thema: 'mobiliteit',
          bron: 'open-forum',
        },
        raad,
      );
    }
    await execute(a, { type: 'StuurDoor', at: at(9), doorsturingId: 'a1', dienstId: 'wegen' }, wijkmanager);
    await execute(b, { type: 'StuurDoor', at: at(9), doorsturingId: 'b1', dienstId: 'groen' }, wijkmanager);
    await execute(a, { type: 'PakOp', at: at(10), doorsturingId: 'a1', dienstId: 'wegen' }, dienst('wegen'));
    await execute(
      a,
      {
        type: 'Beantwoord',
        at: at(11),
        doorsturingId: 'a1',
        dienstId: 'wegen',
        besluit: 'uitgevoerd',
        antwoord: 'We herstellen het.',
      },
      dienst('wegen'),
    );
    await execute(b, { type: 'TrekIn', at: at(12), reden: 'Opgelost.' }, raad);
    // a stream that does not start with SignaalIngediend makes no signaal
    const zonderBegin = newEvent('DoorgestuurdNaarDienst', { doorsturingId: 'x1', dienstId: 'groen' });
    await store.append(
      `signaal-${randomUUID()}`,
      [{ ...zonderBegin, metadata: { ...zonderBegin.metadata, schemaVersion: 1 } }],
      'no-stream',
    );
    events = await store.readAll({ after: 0, limit: 100 });
    const laatsteVan = (id: string) => events.filter((e) => e.streamId === `signaal-${id}`).at(-1)!.position;
    laatste = { a1: laatsteVan(a), b1: laatsteVan(b) };
  });

  afterAll(async () => {
    await pool.end();
    await store.close();
    await database.drop();
  });

  it('given a whole life in one batch, then the inbox is what one event per batch gives', async () => {
    const oneByOne = await inboxAfter(events.map((event) => [event]));
    const together = await inboxAfter([events]);

    expect(together).toEqual(oneByOne);
    expect(together.wegen).toEqual({
      items: [
        expect.objectContaining({
          status: 'beantwoord',
          afgehandeldOp: at(11),
          doorsturing: expect.objectContaining({ id: 'a1', opgepaktOp: at(10) }),
          positie: laatste.a1,
        }),
      ],
      total: 1,
    });
    // open when its signaal was withdrawn: it fell away then, and is no longer open
    expect(together.groen.items).toEqual([
      expect.objectContaining({
        status: 'vervallen',
        afgehandeldOp: at(12),
        titel: expect.any(String),
        positie: laatste.b1,
      }),
    ]);
    expect(together.groenOpen).toEqual({ items: [], total: 0 });
  });

  it('given a batch delivered again, then nothing changes', async () => {
    const once = await inboxAfter([events]);
    await inTransaction(pool, (client) => projection.applyBatch(client, events));
    expect(await inbox()).toEqual(once);
  });
});
