import type { RecordedEvent } from '@signaalspoor/event-store';
import { eventually, testServers } from '@signaalspoor/testing';
import { appendSpread } from '../contract/event-consumer.contract';
import { waitable } from '../testing/collector';
import { applyEffect, createEffects, effectCount, readEffects } from '../testing/effects';
import { FAST_CONSUMER, kafkaPipeline, uniqueName } from '../testing/kafka';
import { KafkaEventConsumer } from './kafka-event-consumer';

const [embedded] = testServers();

describe('two KafkaEventConsumers in one group', () => {
  it('share the partitions, apply every effect once, and lose nothing when one stops mid-stream', async () => {
    const pipeline = await kafkaPipeline(embedded.url);
    await createEffects(pipeline.pool);
    const groupId = uniqueName('group');
    const assignments = { a: [] as number[], b: [] as number[] };
    const member = (name: 'a' | 'b') => {
      const received = waitable<RecordedEvent>();
      const consumer = new KafkaEventConsumer(pipeline.kafka, {
        groupId,
        topic: pipeline.topic,
        consumer: FAST_CONSUMER,
        onAssignment: (partitions) => (assignments[name] = partitions),
      });
      const start = () =>
        consumer.start(async (event) => {
          await applyEffect(pipeline.pool, event);
          received.push(event);
        });
      return { consumer, received, start };
    };
    const [a, b] = [member('a'), member('b')];
    await a.start();
    await b.start();
    await eventually(async () => {
      expect(assignments.a.length).toBeGreaterThan(0);
      expect(assignments.b.length).toBeGreaterThan(0);
      expect(assignments.a.length + assignments.b.length).toBe(3);
    }, 60_000);

    const first = await appendSpread(pipeline.store, 300, 30);
    await eventually(async () => expect(await effectCount(pipeline.pool)).toBe(first.length), 60_000);
    const second = await appendSpread(pipeline.store, 600, 30);
    const secondIds = new Set(second);
    await a.received.until((events) => events.filter((event) => secondIds.has(event.id)).length >= 10);
    await a.consumer.stop();
    const ids = [...first, ...second];
    await eventually(async () => expect(await effectCount(pipeline.pool)).toBe(ids.length), 60_000);
    await b.consumer.stop();
    const effects = await readEffects(pipeline.pool);
    await pipeline.cleanup();

    const handledBy = (m: typeof a) => new Set(m.received.items.map((event) => event.id));
    console.log(
      `group test: a handled ${handledBy(a).size}, b ${handledBy(b).size}, ${effects.deliveries - ids.length} redeliveries`,
    );
    expect(first.filter((id) => handledBy(a).has(id)).length).toBeGreaterThan(0);
    expect(first.filter((id) => handledBy(b).has(id)).length).toBeGreaterThan(0);
    expect(effects.ids.sort()).toEqual([...ids].sort());
    expect(effects.unordered).toEqual([]);
  });
});
