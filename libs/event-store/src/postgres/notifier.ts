import { clientConfig, type DatabaseTimeouts } from '@signaalspoor/database';
import { Client } from 'pg';
import { CHANNEL } from './schema';

const RECONNECT_DELAY_MS = 1000;

/**
 * One dedicated connection that LISTENs for appends and wakes the subscriptions. It reconnects after an
 * error and wakes everyone then (without a head), since notifications sent meanwhile are lost; the subscriptions' poll
 * covers the gap, so a lost notification only delays, never stalls.
 */
export class Notifier {
  private client?: Client;
  private reconnect?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly url: string,
    private readonly applicationName: string,
    private readonly wake: (head?: number) => void,
    private readonly timeouts?: DatabaseTimeouts,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.reconnect);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    // with a connect timeout: a connect that hangs (an unreachable host) must fail and be retried
    const client = new Client(
      clientConfig(this.url, { applicationName: this.applicationName, timeouts: this.timeouts }),
    );
    // the payload is the head after the append (schema.ts)
    client.on('notification', ({ payload }) => {
      const head = Number(payload);
      this.wake(Number.isSafeInteger(head) ? head : undefined);
    });
    client.on('error', () => this.retry(client));
    client.on('end', () => this.retry(client));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.wake();
    } catch {
      this.retry(client);
    }
  }

  private retry(client: Client): void {
    if (!this.running || this.client !== client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    this.reconnect = setTimeout(() => void this.connect(), RECONNECT_DELAY_MS);
  }
}
