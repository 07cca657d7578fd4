import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { PostgresEventStore } from '@signaalspoor/event-store';
import { newEvent, storeDatabase, type StoreDatabase } from '@signaalspoor/event-store/testing';
import type { ConsumeOptions, EventConsumer, EventHandler } from '@signaalspoor/messaging';
import { DEMO_REFERENCE_DATA, parseReferenceData, ReferenceData } from '@signaalspoor/reference-data';
import { testConfig, testServers } from '@signaalspoor/testing';
import { ProjectionFeed, type Projection, type ProjectionFeeds } from '@signaalspoor/projections';
import { Leesmodel, PROJECTIES_KOPIE } from './leesmodel';

/** A bus that delivers nothing: Kafka is down. */
class SilentConsumer implements EventConsumer {
  async start(_handler: EventHandler, _options?: ConsumeOptions): Promise<void> {}
  async stop(): Promise<void> {}
}

// The services topology during a Kafka outage: projecties follows a bus that delivers nothing.
describe.each(testServers())('Leesmodel during a bus outage, on $name PostgreSQL', ({ url: serverUrl }) => {
  let database: StoreDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  let leesmodel: Leesmodel;

  beforeAll(async () => {
    database = await storeDatabase(serverUrl);
    ({ store, pool } = database);
    const feeds = {
      pool,
      create: (projection: Projection) =>
        new ProjectionFeed(store, pool, projection, {
          consumer: new SilentConsumer(),
          logger: { log: () => undefined, error: () => undefined },
          consistencyTimeoutMs: 100,
        }),
    } as unknown as ProjectionFeeds;
    leesmodel = new Leesmodel(
      feeds,
      store,
      new ReferenceData(parseReferenceData(DEMO_REFERENCE_DATA)),
      PROJECTIES_KOPIE,
      testConfig(serverUrl),
    );
    await leesmodel.signalen.start();
  });

  afterAll(async () => {
    await leesmodel.signalen.stop();
    await database.close();
  });

  it('given a signaal accepted while the bus delivers nothing, when it is read, then it is folded from the store: never a 404, never stale', async () => {
    const id = randomUUID();
    const { position } = await store.append(
      `signaal-${id}`,
      [
        newEvent(
          'SignaalIngediend',
          {
            signaalId: id,
            raadId: 'dr-kermt',
            titel: 'Gat in het fietspad',
            omschrijving: 'Aan de brug.',
            thema: 'verkeersveiligheid',
            bron: 'open-forum',
          },
          { actor: { rol: 'raad', id: 'lid' }, schemaVersion: 1 },
        ),
      ],
      'no-stream',
    );

    const withPositie = await leesmodel.signaal(id, position);
    expect(withPositie?.body.view).toMatchObject({ id, status: 'ingediend', revision: 0 });
    expect(withPositie?.positie).toBeGreaterThanOrEqual(position);
    expect((await leesmodel.signaal(id))?.body.hops).toHaveLength(1);
    expect(await leesmodel.signaal(randomUUID())).toBeNull();

    // a list cannot be folded: it refuses rather than answer without the signaal
    await expect(leesmodel.lijst(position, async () => 'stale')).rejects.toMatchObject({
      code: 'LEESMODEL_ACHTER',
      kind: 'unavailable',
    });
  });
});
