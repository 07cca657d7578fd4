import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { createPool } from '@signaalspoor/database';
import type { Actor, SignaalCommand } from '@signaalspoor/domain';
import { newEvent } from '@signaalspoor/event-store/testing';
import { PostgresEventStore, type RecordedEvent } from '@signaalspoor/event-store';
import { inTransaction } from '@signaalspoor/projections';
import { SignaalRepository } from '@signaalspoor/signaal-store';
import { createTestDatabase, testServers, type TestDatabase } from '@signaalspoor/testing';
import { InboxProjection } from './inbox.projection';

const at = (hour: number) => new Date(Date.UTC(2026, 2, 3, hour)).toISOString();
const raad: Actor = { rol: 'raad', id: 'lid-kermt', raadId: 'dr-kermt' };
const wijkmanager: Actor = { rol: 'wijkmanager', id: 'wm-oost' };
const dienst = (dienstId: string): Actor => ({ rol: 'dienst', id: `medewerker-${dienstId}`, dienstId });

describe.each(testServers())('InboxProjection on $name PostgreSQL', ({ url: serverUrl }) => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  const projection = new InboxProjection();
  let events: RecordedEvent[];

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
    return {
      signalen: (await pool.query('SELECT * FROM stadsdiensten.signalen ORDER BY signaal_id')).rows,
      inbox: (await pool.query('SELECT * FROM stadsdiensten.inbox ORDER BY doorsturing_id')).rows,
    };
  };

  beforeAll(async () => {
    database = await createTestDatabase(serverUrl);
    store = new PostgresEventStore({ url: database.url });
    await store.migrate();
    pool = createPool(database.url);
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
    await store.append(`signaal-${randomUUID()}`, [newEvent('DoorgestuurdNaarDienst')], 'no-stream');
    events = await store.readAll({ after: 0, limit: 100 });
  });

  afterAll(async () => {
    await pool.end();
    await store.close();
    await database.drop();
  });

  it('given a whole life in one batch, then the inbox is what one event per batch gives, with each revision', async () => {
    const oneByOne = await inboxAfter(events.map((event) => [event]));
    const together = await inboxAfter([events]);

    expect(together).toEqual(oneByOne);
    expect(together.inbox.map((row) => [row.doorsturing_id, row.status])).toEqual([
      ['a1', 'beantwoord'],
      ['b1', 'vervallen'],
    ]);
    expect(together.signalen.map((row) => row.revision).sort()).toEqual([2, 3]);
    const last = events
      .filter((event) => event.streamId === `signaal-${together.signalen[0].signaal_id}`)
      .at(-1);
    expect(Number(together.signalen[0].position)).toBe(last!.position);
  });

  it('given a batch delivered again, then nothing changes', async () => {
    const once = await inboxAfter([events]);
    await inTransaction(pool, (client) => projection.applyBatch(client, events));
    expect({
      signalen: (await pool.query('SELECT * FROM stadsdiensten.signalen ORDER BY signaal_id')).rows,
      inbox: (await pool.query('SELECT * FROM stadsdiensten.inbox ORDER BY doorsturing_id')).rows,
    }).toEqual(once);
  });
});
