import type { RecordedEvent } from '@signaalspoor/event-store';
import { randomBytes, randomUUID } from 'node:crypto';
import { decodeCloudEvent } from '../cloudevents/cloud-event';
import { readTopic, testKafka, uniqueName } from '../testing/kafka';
import { KafkaEventPublisher } from './kafka-event-publisher';
import { ensureTopics } from './topics';

describe('KafkaEventPublisher', () => {
  it('publishes 300 events of one signaal with 5,000-character texts, more than one record batch may hold, in order', async () => {
    const kafka = testKafka();
    const topic = uniqueName('events');
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topic], 3);
    await admin.disconnect();
    // random text does not compress: together far over the broker's 1 MB per record batch
    const events: RecordedEvent[] = Array.from({ length: 300 }, (_, index) => ({
      id: randomUUID(),
      streamId: 'signaal-groot',
      type: 'VerduidelijkingGegeven',
      revision: index,
      position: index + 1,
      recordedAt: '2026-05-01T09:30:00.123456Z',
      data: { tekst: randomBytes(3750).toString('base64') },
      metadata: {
        actor: { rol: 'raad', id: 'raad-kermt' },
        correlationId: randomUUID(),
        causationId: randomUUID(),
        schemaVersion: 1,
        occurredAt: '2026-05-01T09:30:00.000Z',
      },
    }));
    expect(events[0].data.tekst).toHaveLength(5000);
    const publisher = new KafkaEventPublisher(kafka, { topic });
    await publisher.connect();

    await publisher.publish(events).finally(() => publisher.disconnect());

    const reader = await readTopic(kafka, topic);
    await reader.until((messages) => messages.length >= events.length);
    await reader.stop();
    expect(reader.messages.map((message) => decodeCloudEvent(message.value))).toEqual(events);
  });
});
