// Checks that kafkajs works against the broker at KAFKA_BROKERS: create a topic, produce with
// acks=-1 (idempotent=false), consume in a consumer group and commit offsets.
// Usage: KAFKA_BROKERS=127.0.0.1:19092 node infra/kafka/verify-kafkajs.js
const { Kafka, Partitioners, logLevel } = require('kafkajs');

const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
if (brokers.length === 0) {
  console.error('KAFKA_BROKERS is not set (e.g. 127.0.0.1:19092)');
  process.exit(1);
}

const deadlineMs = 60_000;
const run = `verify-kafkajs-${Date.now()}`;
const topic = run;
const groupId = run;
const messages = [1, 2, 3, 4, 5, 6].map((n) => ({ key: `key-${n}`, value: `value-${n}` }));

async function main() {
  const kafka = new Kafka({ clientId: 'verify-kafkajs', brokers, logLevel: logLevel.WARN });
  const admin = kafka.admin();
  const producer = kafka.producer({
    idempotent: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const consumer = kafka.consumer({ groupId });
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    console.log(
      `cluster ${cluster.clusterId}, controller ${cluster.controller}, brokers ${cluster.brokers.length}`,
    );

    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
    console.log(`created topic ${topic}`);

    await producer.connect();
    const acks = await producer.send({ topic, acks: -1, messages });
    console.log(
      `produced ${messages.length} messages (acks=-1) to partitions ${acks.map((a) => a.partition).join(',')}`,
    );

    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    const received = [];
    await new Promise((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            received.push(message.value.toString());
            await consumer.commitOffsets([
              { topic, partition, offset: (BigInt(message.offset) + 1n).toString() },
            ]);
            if (received.length === messages.length) resolve();
          },
        })
        .catch(reject);
    });
    console.log(`consumed ${received.length} messages in group ${groupId}`);

    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    // Partitions without a commit report offset -1.
    const total = committed.partitions.reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
    if (total !== messages.length) {
      throw new Error(`committed offsets add up to ${total}, expected ${messages.length}`);
    }
    console.log(
      `committed offsets: ${committed.partitions.map((p) => `${p.partition}=${p.offset}`).join(' ')}`,
    );

    await consumer.disconnect();
    await admin.deleteGroups([groupId]);
    await admin.deleteTopics({ topics: [topic] });
    console.log('OK: kafkajs works against this broker');
  } finally {
    await Promise.allSettled([consumer.disconnect(), producer.disconnect(), admin.disconnect()]);
  }
}

const timer = setTimeout(() => {
  console.error(`FAILED: not done within ${deadlineMs / 1000}s`);
  process.exit(1);
}, deadlineMs);

main().then(
  () => {
    clearTimeout(timer);
    process.exit(0);
  },
  (err) => {
    console.error('FAILED:', err);
    process.exit(1);
  },
);
