import type { EventStore, Watch } from '@signaalspoor/event-store';
import { escapeLiteral, type Pool, type PoolClient } from 'pg';
import type { Projection } from './projection';
import { inTransaction } from './transaction';

export type ProjectionState = 'catching-up' | 'live' | 'failing' | 'stopped';

export interface ProjectionStatus {
  name: string;
  /** last global position applied (the checkpoint) */
  position: number;
  /** head of the global log; absent when the store could not be reached */
  head?: number;
  /** head − position; absent when the head is unknown */
  lag?: number;
  state: ProjectionState;
  lastError?: string;
}

/** Satisfied by Nest's Logger and by console. */
export interface ProjectionLogger {
  log(message: string): void;
  error(message: string, stack?: string): void;
}

export interface ProjectionRunnerOptions {
  /** events per transaction; default 500 */
  batchSize?: number;
  /** fallback poll for new events when the store signals none (a lost signal); default 1000 ms */
  pollIntervalMs?: number;
  /** first retry delay after a failure, doubled up to retryMaxMs; defaults 250 ms and 30 s */
  retryInitialMs?: number;
  retryMaxMs?: number;
  logger?: ProjectionLogger;
}

const CHECKPOINTS_DDL = `
  CREATE SCHEMA IF NOT EXISTS projectie;
  CREATE TABLE IF NOT EXISTS projectie.checkpoints (
    name       text        PRIMARY KEY,
    version    integer     NOT NULL,
    position   bigint      NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  );
`;

/** the longest delay setTimeout honours (2^31 − 1 ms) */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Waiter {
  position: number;
  settle(reached: boolean): void;
}

/**
 * Feeds one projection from the global log, in batches, each in one transaction together with the
 * checkpoint. Never skips an event: a failing batch is retried with backoff until it applies.
 */
export class ProjectionRunner {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retryInitialMs: number;
  private readonly retryMaxMs: number;
  private readonly logger: ProjectionLogger;

  private position = 0;
  private state: ProjectionState = 'stopped';
  private lastError?: string;
  private running = false;
  private loop?: Promise<void>;
  private watch?: Watch;
  /** set when the store signalled new events since the last read */
  private signalled = false;
  /** ends the current wait; `force` also ends a retry backoff */
  private wake?: (force: boolean) => void;
  private readonly waiters = new Set<Waiter>();
  /** batches and rebuilds run one at a time, in call order */
  private exclusive: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: EventStore,
    private readonly pool: Pool,
    private readonly projection: Projection,
    options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.retryInitialMs = options.retryInitialMs ?? 250;
    this.retryMaxMs = options.retryMaxMs ?? 30_000;
    this.logger = options.logger ?? console;
  }

  get name(): string {
    return this.projection.name;
  }

  /** the checkpoint: every event up to this global position is applied */
  get checkpoint(): number {
    return this.position;
  }

  /** Migrates, rebuilds when the stored version differs, then follows the log until stop(). */
  async start(): Promise<void> {
    if (this.running) return;
    this.advance(await inTransaction(this.pool, (client) => this.prepare(client)));
    this.running = true;
    this.state = 'catching-up';
    this.loop = this.run();
  }

  /** Stops after the batch in flight; pending waitFor calls resolve false. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.(true);
    await this.loop;
    this.loop = undefined;
    const watch = this.watch;
    this.watch = undefined;
    await watch?.close().catch((error: unknown) => this.logError('could not close its watch', error));
    this.state = 'stopped';
    for (const waiter of this.waiters) waiter.settle(false);
  }

  /** Drops the read model and replays the log from position zero. */
  async rebuild(): Promise<void> {
    await this.exclusively(() =>
      inTransaction(this.pool, async (client) => {
        await createCheckpoints(client);
        this.position = await this.recreate(client);
      }),
    );
    this.logger.log(`Projection ${this.name}: rebuilding from position 0`);
    if (this.running) this.state = 'catching-up';
    this.wake?.(true);
  }

  /**
   * Resolves true once the checkpoint reaches `position` (read-your-writes), false after the timeout
   * or on stop(). Without a timeout (or Infinity) it waits until one of those.
   */
  waitFor(position: number, timeoutMs = Infinity): Promise<boolean> {
    if (this.position >= position) return Promise.resolve(true);
    if (!this.running) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        settle: (reached) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(reached);
        },
      };
      // Node fires a longer delay than the largest timer at once
      const timer = Number.isFinite(timeoutMs)
        ? setTimeout(() => waiter.settle(false), Math.min(timeoutMs, MAX_TIMER_MS))
        : undefined;
      this.waiters.add(waiter);
    });
  }

  async status(): Promise<ProjectionStatus> {
    const head = await this.store.headPosition().catch(() => undefined);
    return {
      name: this.name,
      position: this.position,
      ...(head !== undefined && { head, lag: Math.max(0, head - this.position) }),
      state: this.state,
      ...(this.lastError !== undefined && { lastError: this.lastError }),
    };
  }

  /** Returns the checkpoint to continue from. */
  private async prepare(client: PoolClient): Promise<number> {
    await createCheckpoints(client);
    const { rows } = await client.query<{ version: number; position: string }>(
      'SELECT version, position FROM projectie.checkpoints WHERE name = $1',
      [this.name],
    );
    const stored = rows[0];
    if (stored?.version === this.projection.version) {
      await this.projection.migrate(client);
      return Number(stored.position);
    }
    this.logger.log(
      `Projection ${this.name}: version ${stored?.version ?? 'none'} → ${this.projection.version}, rebuilding from position 0`,
    );
    return this.recreate(client);
  }

  private async recreate(client: PoolClient): Promise<number> {
    await this.projection.reset(client);
    await this.projection.migrate(client);
    await client.query(
      `INSERT INTO projectie.checkpoints (name, version, position, updated_at)
       VALUES ($1, $2, 0, now())
       ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = 0, updated_at = now()`,
      [this.name, this.projection.version],
    );
    return 0;
  }

  private async run(): Promise<void> {
    let delay = this.retryInitialMs;
    while (this.running) {
      try {
        const read = await this.exclusively(() => this.applyNextBatch());
        delay = this.retryInitialMs;
        // a short batch reached the head: read again when the store signals an append (or at the poll)
        if (read < this.batchSize) await this.pause(this.pollIntervalMs, true);
      } catch (error) {
        this.state = 'failing';
        this.lastError = error instanceof Error ? error.message : String(error);
        this.logError(`failed after position ${this.position}, retrying in ${delay} ms`, error);
        await this.pause(delay, false);
        delay = Math.min(delay * 2, this.retryMaxMs);
      }
    }
  }

  /** Returns the number of events read. */
  private async applyNextBatch(): Promise<number> {
    this.signalled = false;
    const events = await this.store.readAll({ after: this.position, limit: this.batchSize });
    const last = events.at(-1);
    if (!last) {
      this.succeeded(0);
      return 0;
    }
    const name = escapeLiteral(this.name);
    const reached = await inTransaction(
      this.pool,
      async (client, [, locked]) => {
        const stored = this.storedPosition(locked!.rows[0]);
        // another runner of the same projection moved the checkpoint: continue from there
        if (stored !== this.position) return stored;
        await this.projection.applyBatch(client, events);
        return last.position;
      },
      {
        // Read models are rebuildable and the checkpoint commits in the same transaction as the rows it
        // covers: a crash may lose the last commits, but then loses their checkpoint with them and the
        // events are applied again. So durability can be traded for throughput here. The checkpoint is
        // locked and moved in the round trips of BEGIN and COMMIT.
        begin: `SET LOCAL synchronous_commit = off;
                SELECT version, position FROM projectie.checkpoints WHERE name = ${name} FOR UPDATE`,
        commit: (position) =>
          `UPDATE projectie.checkpoints SET position = ${Number(position)}, updated_at = now() WHERE name = ${name}`,
      },
    );
    this.succeeded(events.length);
    this.advance(reached);
    return events.length;
  }

  /** Updates the state before waiters resume, so a status() after waitFor() is current. */
  private succeeded(read: number): void {
    if (this.state === 'failing')
      this.logger.log(`Projection ${this.name}: recovered after position ${this.position}`);
    this.state = read === this.batchSize ? 'catching-up' : 'live';
    this.lastError = undefined;
  }

  private advance(position: number): void {
    this.position = position;
    for (const waiter of this.waiters) if (waiter.position <= position) waiter.settle(true);
  }

  /** The locked checkpoint's position, after checking it belongs to this version of the projection. */
  private storedPosition(stored: { version: number; position: string } | undefined): number {
    if (!stored) throw new Error(`checkpoint of projection ${this.name} is missing`);
    if (stored.version !== this.projection.version) {
      throw new Error(
        `projection ${this.name} is at version ${stored.version} in the database, this runner has version ${this.projection.version}`,
      );
    }
    return Number(stored.position);
  }

  /** Waits `ms`, or less when stopped, rebuilt or (with untilEvent) when the store signals new events. */
  private pause(ms: number, untilEvent: boolean): Promise<void> {
    if (untilEvent) this.listen();
    if (!this.running || (untilEvent && this.signalled)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = (force) => {
        if (force || untilEvent) done();
      };
    });
  }

  /** Watches the log for appends as a wake-up signal; the events themselves are read in batches. */
  private listen(): void {
    if (this.watch) return;
    this.watch = this.store.watch((head) => {
      // an append this runner already applied (it read it in a batch) is no reason to read again
      if (head !== undefined && head <= this.position) return;
      this.signalled = true;
      this.wake?.(false);
    });
    // appends between the last read and the watch: read once more
    this.signalled = true;
  }

  private exclusively<T>(work: () => Promise<T>): Promise<T> {
    const result = this.exclusive.then(work);
    this.exclusive = result.catch(() => undefined);
    return result;
  }

  private logError(message: string, error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    this.logger.error(
      `Projection ${this.name} ${message}: ${detail}`,
      error instanceof Error ? error.stack : undefined,
    );
  }
}

/**
 * Creates the checkpoints table if missing. Holds a lock until the transaction ends, which serialises
 * the schema changes of runners starting at the same time (CREATE ... IF NOT EXISTS can race).
 */
async function createCheckpoints(client: PoolClient): Promise<void> {
  await client.query("SELECT pg_advisory_xact_lock(hashtext('projectie'))");
  await client.query(CHECKPOINTS_DDL);
}
