import { randomUUID } from 'node:crypto';
import type { Actor, SignaalCommand } from '@signaalspoor/domain';
import { dienSignaalIn } from '@signaalspoor/domain/testing';
import { PostgresEventStore } from '@signaalspoor/event-store';
import { createTestDatabase, testServers, type TestDatabase } from '@signaalspoor/testing';
import { SignaalRepository } from './signaal.repository';

// What needs PostgreSQL: writers on separate connections (two stores, as two app instances), whose
// appends the database serialises. Everything else the repository does: signaal.repository.spec.ts.
describe.each(testServers())('SignaalRepository on $name PostgreSQL', ({ url: serverUrl }) => {
  let database: TestDatabase;
  let stores: PostgresEventStore[];

  beforeAll(async () => {
    database = await createTestDatabase(serverUrl);
    stores = [new PostgresEventStore({ url: database.url }), new PostgresEventStore({ url: database.url })];
    await stores[0].migrate();
  });

  afterAll(async () => {
    await Promise.all(stores?.map((store) => store.close()) ?? []);
    await database?.drop();
  });

  const wijkmanager: Actor = { rol: 'wijkmanager', id: 'wm-noord' };
  const context = (idempotencyKey?: string) => ({
    actor: wijkmanager,
    correlationId: randomUUID(),
    causationId: randomUUID(),
    ...(idempotencyKey && { idempotencyKey }),
  });
  const at = new Date().toISOString();

  it('concurrent tries with one key from two instances write once and answer alike', async () => {
    const [a, b] = stores.map((store) => new SignaalRepository(store));
    const signaalId = randomUUID();
    await a.execute(signaalId, dienSignaalIn(signaalId, at), {
      ...context(),
      actor: { rol: 'raad', id: 'lid-kiewit', raadId: 'kiewit' },
    });
    const terug: SignaalCommand = { type: 'KoppelTerug', at, boodschap: 'Even geduld.', definitief: false };

    const tries = await Promise.all(
      [a, b, a, b, a, b].map((repository) => repository.execute(signaalId, terug, context('k-1'))),
    );

    expect(new Set(tries.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect((await b.load(signaalId)).revision).toBe(1);
  });
});
