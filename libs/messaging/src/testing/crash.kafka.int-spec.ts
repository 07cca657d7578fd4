import { eventually, testServers } from '@signaalspoor/testing';
import { Partitioners } from 'kafkajs';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { decodeCloudEvent } from '../cloudevents/cloud-event';
import { appendSpread, newEvent } from '../contract/event-consumer.contract';
import { DLQ_HEADERS, KafkaEventConsumer } from '../kafka/kafka-event-consumer';
import { dlqTopicOf } from '../kafka/topics';
import { outOfOrder } from './collector';
import { createEffects, effectCount, readEffects } from './effects';
import { FAST_CONSUMER, kafkaPipeline, readTopic, uniqueName } from './kafka';

// The relay and the consumer run in child processes that are SIGKILLed mid-stream and restarted.
// A child is plain `node` with register.js, which compiles the TypeScript sources with @swc/core.

const [embedded] = testServers();
const KILLS = 3;

/** What a test leaves behind, also when it fails: children first, then the pipeline. */
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function child(mode: 'relay' | 'consumer', env: Record<string, string>) {
  const process_ = spawn(
    process.execPath,
    ['--require', join(__dirname, 'register.js'), join(__dirname, 'child.ts'), mode],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = once(process_, 'exit');
  const kill = async (signal: NodeJS.Signals) => {
    process_.kill(signal);
    return (await exited) as [number | null, NodeJS.Signals | null];
  };
  cleanups.push(() => kill('SIGKILL'));
  return {
    started: new Promise<void>((resolve, reject) => {
      process_.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('started') && resolve());
      void exited.then(([code]) => reject(new Error(`${mode} child exited with ${code} before it started`)));
    }),
    kill,
  };
}

/** Waits until `probe` passed `from` by at least `step`, or reached `end`; returns the value. */
const progressed = (probe: () => Promise<number>, from: number, step: number, end = Infinity) =>
  eventually(async () => {
    const value = await probe();
    expect(value).toBeGreaterThanOrEqual(Math.min(from + step, end));
    return value;
  }, 60_000);

describe('crash tests', () => {
  it(`relay: SIGKILLed ${KILLS + 1} times while events are appended, the topic still holds every event`, async () => {
    const pipeline = await kafkaPipeline(embedded.url, { relay: false });
    cleanups.push(pipeline.cleanup);
    const env = { DATABASE_URL: pipeline.databaseUrl, TOPIC: pipeline.topic, BATCH_SIZE: '20' };
    const checkpoint = async () =>
      Number(
        (await pipeline.pool.query('SELECT coalesce(max(position), 0) AS p FROM messaging.relay_checkpoints'))
          .rows[0].p,
      );
    let appending = true;
    const appended: string[] = [];
    const appender = (async () => {
      while (appending) appended.push(...(await appendSpread(pipeline.store, 30, 6)));
    })();

    let position = 0;
    for (let kill = 0; kill <= KILLS; kill += 1) {
      const relay = child('relay', env);
      await relay.started;
      position = await progressed(checkpoint, position, 40);
      expect(await relay.kill('SIGKILL')).toEqual([null, 'SIGKILL']);
    }
    appending = false;
    await appender;
    const last = child('relay', env);
    await last.started;
    const head = await pipeline.store.headPosition();
    await progressed(checkpoint, position, Infinity, head);
    await last.kill('SIGTERM');

    const reader = await readTopic(pipeline.kafka, pipeline.topic);
    const present = new Set<string>();
    let decoded = 0;
    await reader.until((messages) => {
      for (; decoded < messages.length; decoded += 1)
        present.add(decodeCloudEvent(messages[decoded].value).id);
      return present.size === appended.length;
    });
    await reader.stop();
    const perPartition = [0, 1, 2].map((partition) =>
      reader.messages
        .filter((message) => message.partition === partition)
        .map((message) => decodeCloudEvent(message.value)),
    );
    console.log(
      `relay crash test: ${appended.length} events, ${reader.messages.length - appended.length} duplicates on the topic`,
    );

    expect(present).toEqual(new Set(appended));
    expect(await checkpoint()).toBe(head);
    expect(perPartition.flatMap(outOfOrder)).toEqual([]);
  });

  it(`consumer: SIGKILLed ${KILLS} times mid-stream, every effect is there exactly once and poison goes to the DLQ`, async () => {
    const pipeline = await kafkaPipeline(embedded.url);
    cleanups.push(pipeline.cleanup);
    await createEffects(pipeline.pool);
    const garbage = pipeline.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await garbage.connect();
    await garbage.send({
      topic: pipeline.topic,
      acks: -1,
      messages: [{ key: 'rommel', value: Buffer.from([0xff, 0xfe, 0x7b]) }],
    });
    await garbage.disconnect();
    const poison = newEvent({ poison: true });
    const before = await appendSpread(pipeline.store, 400, 12);
    await pipeline.store.append(`signaal-${uniqueName('gif')}`, [poison], 'no-stream');
    const after = await appendSpread(pipeline.store, 400, 12);
    const ids = [...before, ...after];
    const env = { DATABASE_URL: pipeline.databaseUrl, TOPIC: pipeline.topic, GROUP: uniqueName('crash') };

    let count = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      // Slowed down, so the kill lands mid-stream even when the poll below comes late.
      const consumer = child('consumer', { ...env, EFFECT_DELAY_MS: '20' });
      await consumer.started;
      count = await progressed(() => effectCount(pipeline.pool), count, 30, ids.length);
      expect(count).toBeLessThan(ids.length); // killed mid-stream
      await consumer.kill('SIGKILL');
    }
    const last = child('consumer', env);
    await last.started;
    await progressed(() => effectCount(pipeline.pool), count, Infinity, ids.length);
    await last.kill('SIGTERM');
    const effects = await readEffects(pipeline.pool);
    console.log(`consumer crash test: ${ids.length} events, ${effects.deliveries - ids.length} redeliveries`);

    expect(effects.ids.sort()).toEqual([...ids].sort());
    expect(effects.unordered).toEqual([]);

    const dlq = await readTopic(pipeline.kafka, dlqTopicOf(pipeline.topic));
    const reasonOf = (predicate: (value: string) => boolean) =>
      dlq.messages.find((message) => predicate(message.value?.toString('latin1') ?? ''))?.headers;
    const isPoison = (value: string) => value.includes(poison.id);
    const isGarbage = (value: string) => value.startsWith('\xff');
    await dlq.until(() => reasonOf(isPoison) !== undefined && reasonOf(isGarbage) !== undefined);
    await dlq.stop();
    expect(String(reasonOf(isPoison)![DLQ_HEADERS.reason])).toBe('Error: kapot');
    expect(reasonOf(isGarbage)).toMatchObject({
      [DLQ_HEADERS.topic]: Buffer.from(pipeline.topic),
      [DLQ_HEADERS.offset]: Buffer.from('0'),
      [DLQ_HEADERS.attempts]: Buffer.from('0'),
    });
    expect(String(reasonOf(isGarbage)![DLQ_HEADERS.reason])).toMatch(/^CloudEventDecodeError: not JSON/);
  });

  it('consumer: the member started after a SIGKILL is joining, not connecting, while the dead one is evicted', async () => {
    // given a consumer in a child process that has joined its group and consumed the topic
    const pipeline = await kafkaPipeline(embedded.url);
    cleanups.push(pipeline.cleanup);
    await createEffects(pipeline.pool);
    const ids = await appendSpread(pipeline.store, 20, 4);
    const group = uniqueName('opvolger');
    const vorige = child('consumer', {
      DATABASE_URL: pipeline.databaseUrl,
      TOPIC: pipeline.topic,
      GROUP: group,
    });
    await vorige.started;
    await progressed(() => effectCount(pipeline.pool), 0, ids.length);
    // when it is killed (it cannot leave its group) and a new member of the group starts
    await vorige.kill('SIGKILL');
    const gedood = Date.now();
    const opvolger = new KafkaEventConsumer(pipeline.kafka, {
      groupId: group,
      topic: pipeline.topic,
      consumer: FAST_CONSUMER,
    });
    cleanups.push(() => opvolger.stop());
    await opvolger.start(async () => undefined);
    // then it reports the group's hand-over (which readiness accepts while the lag is small) before
    // the coordinator has evicted the dead member, and joins once it has
    await eventually(async () => expect(opvolger.status().state).toBe('joining'), 5_000, 20);
    expect(Date.now() - gedood).toBeLessThan(FAST_CONSUMER.sessionTimeout);
    await eventually(async () => expect(opvolger.status().state).toBe('joined'), 30_000);
    expect(await opvolger.lagEvents()).toBe(0);
  });
});
