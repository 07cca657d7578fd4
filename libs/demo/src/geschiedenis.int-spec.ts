import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPool } from '@signaalspoor/database';
import { PostgresEventStore } from '@signaalspoor/event-store';
import { openLogboek, verifieerOpgeslagen } from '@signaalspoor/logboek';
import { DEMO_REFERENCE_DATA, parseReferenceData, ReferenceData } from '@signaalspoor/reference-data';
import { createTestDatabase, testKeyDir, testServers } from '@signaalspoor/testing';
import { maakGeschiedenis, planGeschiedenis } from './geschiedenis';

const reference = new ReferenceData(parseReferenceData(DEMO_REFERENCE_DATA));
const eind = new Date('2026-11-30T12:00:00.000Z');

describe.each(testServers())('the demo history on $name', ({ url }) => {
  it('given an empty sealed log, when the history is played into it, then every command is accepted and the log verifies', async () => {
    const database = await createTestDatabase(url);
    const inner = new PostgresEventStore({ url: database.url });
    await inner.migrate();
    const logboek = await openLogboek({
      dataDir: mkdtempSync(join(tmpdir(), 'signaalspoor-demo-')),
      keyDir: testKeyDir(database.url),
      databaseUrl: database.url,
    });
    const store = logboek.bewaak(inner);
    const pool = createPool(database.url, { max: 2 });
    try {
      const samenvatting = await maakGeschiedenis(store, reference, { eind, aantal: 60, seed: 7 });
      expect(samenvatting.signalen).toBe(60);
      expect(await store.headPosition()).toBeGreaterThanOrEqual(samenvatting.commands);

      const { sleutels } = logboek;
      const verificatie = await verifieerOpgeslagen(pool, {
        macKey: sleutels,
        publicKey: sleutels.publicKeyPem,
      });
      expect(verificatie).toEqual({ intact: true, gecontroleerd: await store.headPosition() });
      // the events carry the history's own times, not the time of the test
      const [eerste] = await store.readAll({ after: 0, limit: 1 });
      expect(Date.parse(eerste.metadata.occurredAt)).toBeLessThan(eind.getTime() - 300 * 24 * 3600 * 1000);
    } finally {
      await pool.end();
      await store.close();
      await database.drop();
    }
  });

  it('given the same seed, then the same plan', () => {
    const plan = (seed: number) =>
      planGeschiedenis(reference, { eind, aantal: 40, seed }).map((s) => s.request);
    expect(plan(3)).toEqual(plan(3));
    expect(plan(3)).not.toEqual(plan(4));
  });
});
