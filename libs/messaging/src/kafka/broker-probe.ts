import type { Admin, Kafka } from 'kafkajs';

/** How long a probe may take before the broker counts as unreachable. */
const PROBE_TIMEOUT_MS = 2_000;

/**
 * Asks the broker something for a readiness check, on an admin client of its own without retries:
 * throws when it does not answer within 2 s, and connects afresh on the next call.
 */
export class BrokerProbe {
  private admin?: Promise<Admin>;

  constructor(private readonly kafka: Kafka) {}

  async ask<T>(question: (admin: Admin) => Promise<T>): Promise<T> {
    this.admin ??= (async () => {
      const admin = this.kafka.admin({ retry: { retries: 0 } });
      await admin.connect();
      return admin;
    })();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('Kafka antwoordt niet')), PROBE_TIMEOUT_MS);
    });
    try {
      return await Promise.race([this.admin.then(question), timeout]);
    } catch (error) {
      void this.close();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.then((a) => a.disconnect()).catch(() => undefined);
  }
}
