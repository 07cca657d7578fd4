import type { Admin } from 'kafkajs';

export const DEFAULT_TOPIC = 'signaalspoor.events';

/** The dead-letter topic of a topic. */
export const dlqTopicOf = (topic: string) => `${topic}.dlq`;

/** Creates the topics that do not exist yet and waits for their leaders. Existing topics stay as they are. */
export async function ensureTopics(admin: Admin, topics: string[], partitions = 3): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((topic) => !existing.has(topic));
  if (missing.length === 0) return;
  await admin.createTopics({
    waitForLeaders: true,
    topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: -1 })),
  });
}
