import { eventually, testServers } from '@signaalspoor/testing';
import { decodeCloudEvent } from '../cloudevents/cloud-event';
import { appendSpread } from '../contract/event-consumer.contract';
import { outOfOrder } from '../testing/collector';
import { kafkaPipeline, readTopic } from '../testing/kafka';

const [embedded] = testServers();

describe('Relay to Kafka', () => {
  it('publishes every event, keyed by signaal in stream order, and its checkpoint reaches the head', async () => {
    const pipeline = await kafkaPipeline(embedded.url, { relay: false });
    const caughtUp = () =>
      eventually(async () => expect((await pipeline.relay.status()).lag).toBe(0), 60_000, 20);
    const backlog = await appendSpread(pipeline.store, 2000, 20);

    const started = Date.now();
    await pipeline.relay.start();
    await caughtUp();
    console.log(`relay throughput: ${backlog.length} events in ${Date.now() - started} ms`);
    const live = await appendSpread(pipeline.store, 50, 5);
    const ids = [...backlog, ...live];

    const reader = await readTopic(pipeline.kafka, pipeline.topic);
    await reader.until((messages) => messages.length >= ids.length);
    await reader.stop();
    const events = reader.messages.map((message) => decodeCloudEvent(message.value));
    await caughtUp();
    await pipeline.relay.stop();
    const checkpoint = await pipeline.pool.query(
      'SELECT position FROM messaging.relay_checkpoints WHERE name = $1',
      ['test'],
    );
    const status = await pipeline.relay.status();
    await pipeline.cleanup();

    expect(events.map((event) => event.id).sort()).toEqual([...ids].sort());
    for (const [index, message] of reader.messages.entries()) {
      expect(`signaal-${message.key?.toString()}`).toBe(events[index].streamId);
    }
    const partitions = [0, 1, 2].map((partition) =>
      events.filter((_, index) => reader.messages[index].partition === partition),
    );
    expect(partitions.flatMap(outOfOrder)).toEqual([]);
    expect(Number(checkpoint.rows[0].position)).toBe(ids.length);
    expect(status).toMatchObject({ state: 'stopped', position: ids.length, head: ids.length, lag: 0 });
  });
});
