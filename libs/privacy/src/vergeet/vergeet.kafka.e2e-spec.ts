import { bearer, createTestDatabase, testServers, type TestDatabase } from '@signaalspoor/testing';
import { readTopic, testKafka, uniqueName } from '../../../messaging/src/testing/kafka';
import { startTestApp, type TestApp } from '../../../../apps/signaalspoor/src/testing/test-app';

const NAAM = 'Marieke Vandersteene';
const EMAIL = 'marieke.vandersteene@example.be';

/** The relay publishes what the store holds: personal data reaches Kafka as ciphertext only. */
describe('personal data on Kafka', () => {
  const [{ url }] = testServers();
  let db: TestDatabase;
  let t: TestApp;
  const topic = uniqueName('signaalspoor.privacy');

  beforeAll(async () => {
    db = await createTestDatabase(url);
    t = await startTestApp(db.url, { KAFKA_BROKERS: process.env.KAFKA_BROKERS!, KAFKA_TOPIC: topic });
  });

  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  it('carries only the ciphertext of the submitter in the CloudEvent', async () => {
    await t.http
      .post('/api/signalen')
      .set('Authorization', await bearer({ rol: 'raad', raad: 'dr-kermt' }))
      .send({
        titel: 'Losliggende stoeptegels',
        omschrijving: 'Aan de kerk liggen tegels los.',
        thema: 'verkeersveiligheid',
        bron: 'raadsvergadering',
        indiener: { naam: NAAM, email: EMAIL },
      })
      .expect(201);
    const reader = await readTopic(testKafka(), topic);
    try {
      await reader.until((messages) => messages.length >= 1);
      const text = reader.messages[0].value!.toString('utf8');
      expect(text).not.toContain(NAAM);
      expect(text).not.toContain(EMAIL);
      expect(JSON.parse(text)).toMatchObject({
        type: 'SignaalIngediend',
        data: { persoon: { sleutel: expect.any(String), versleuteld: expect.any(String) } },
      });
    } finally {
      await reader.stop();
    }
  });
});
