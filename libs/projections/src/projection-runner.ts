import type { EventStore, RecordedEvent, Watch } from '@signaalspoor/event-store';
import { escapeLiteral, type Pool, type PoolClient } from 'pg';
import type { Projection } from './projection';
import { inTransaction } from './transaction';

/** every this many fallback polls an idle runner reads a batch even when the head did not move */
const FULL_POLL_EVERY = 10;

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
  /** the projection waited for; absent for all of them */
  name?: string;
  settle(reached: boolean): void;
}

/** Told the events of every batch once its transaction committed. */
export type CommittedListener = (events: readonly RecordedEvent[]) => void;

interface Member {
  projection: Projection;
  /** its checkpoint: every event up to this global position is applied to it */
  position: number;
}

/** What a batch's transaction did: the checkpoints it leaves, the events it read and the position it moved them to. */
interface Reached {
  positions: number[];
  events: RecordedEvent[];
  moved?: number;
  /** read again at once (a full batch, or checkpoints another runner moved) */
  again?: boolean;
}

interface CheckpointRow {
  name: string;
  version: number;
  position: string;
}

/**
 * Feeds projections from the global log, in batches: one read of the log and one transaction per
 * batch for all of them, together with their checkpoints (one row each, so a version bump or
 * rebuild() of one replays the log for that one only: the others skip what they already applied).
 * Projections join with add() and leave with remove(), so every projection of a process can share
 * one runner (see sharedRunner). Never skips an event: a failing batch is retried with backoff until
 * it applies.
 */
export class ProjectionRunner {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retryInitialMs: number;
  private readonly retryMaxMs: number;
  private readonly logger: ProjectionLogger;

  private readonly members = new Map<string, Member>();
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
  private readonly listeners = new Set<CommittedListener>();
  /** batches, joins and rebuilds run one at a time, in call order */
  private exclusive: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: EventStore,
    private readonly pool: Pool,
    projections: Projection | readonly Projection[],
    options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.retryInitialMs = options.retryInitialMs ?? 250;
    this.retryMaxMs = options.retryMaxMs ?? 30_000;
    this.logger = options.logger ?? console;
    for (const projection of [projections].flat()) {
      this.members.set(projection.name, { projection, position: 0 });
    }
  }

  /** the names of its projections */
  get name(): string {
    return [...this.members.keys()].join(', ');
  }

  /** the checkpoint: every event up to this global position is applied to every projection */
  get checkpoint(): number {
    const positions = [...this.members.values()].map((member) => member.position);
    return positions.length === 0 ? 0 : Math.min(...positions);
  }

  /** the checkpoint of one projection */
  checkpointOf(name: string): number {
    return this.members.get(name)?.position ?? 0;
  }

  /** Migrates, rebuilds what changed version, then follows the log until stop(). */
  async start(): Promise<void> {
    if (this.running) return;
    await this.exclusively(() =>
      inTransaction(this.pool, async (client) => {
        for (const member of this.members.values()) member.position = await this.prepare(client, member);
      }),
    );
    this.settleWaiters();
    this.follow();
  }

  /**
   * Adds a projection (migrated, rebuilt when its version changed) and follows the log with it from
   * its checkpoint, between two batches of the others; starts following when it is the first.
   */
  async add(projection: Projection): Promise<void> {
    if (this.members.has(projection.name)) throw new Error(`projection ${projection.name} runs already`);
    await this.exclusively(async () => {
      const member = { projection, position: 0 };
      member.position = await inTransaction(this.pool, (client) => this.prepare(client, member));
      this.members.set(projection.name, member);
    });
    this.follow();
    this.wake?.(true);
  }

  /** Removes a projection after the batch in flight (its waits resolve false); stops with the last one. */
  async remove(name: string): Promise<void> {
    await this.exclusively(async () => {
      this.members.delete(name);
      for (const waiter of this.waiters) if (waiter.name === name) waiter.settle(false);
    });
    if (this.members.size === 0) await this.stop();
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

  /** Drops a projection's read model (without a name: every one's) and replays the log from position zero. */
  async rebuild(name?: string): Promise<void> {
    const members = name === undefined ? [...this.members.values()] : [this.member(name)];
    await this.exclusively(() =>
      inTransaction(this.pool, async (client) => {
        await createCheckpoints(client);
        for (const member of members) member.position = await this.recreate(client, member.projection);
      }),
    );
    for (const member of members) {
      this.logger.log(`Projection ${member.projection.name}: rebuilding from position 0`);
    }
    if (this.running) this.state = 'catching-up';
    this.wake?.(true);
  }

  /**
   * Resolves true once the checkpoint (of projection `name`, or of all) reaches `position`
   * (read-your-writes), false after the timeout or on stop(). Without a timeout (or Infinity) it
   * waits until one of those.
   */
  waitFor(position: number, timeoutMs = Infinity, name?: string): Promise<boolean> {
    if (this.reached(position, name)) return Promise.resolve(true);
    if (!this.running) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        name,
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

  /**
   * Calls `listener` with the events of each batch after its transaction committed, before the next
   * batch starts (so what the batch's projections hold in memory is still theirs). Followers of the
   * log in this process (the live stream) share the runner's read instead of reading it again.
   * Returns the function that stops the calls.
   */
  onCommitted(listener: CommittedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The status of projection `name`, or of all together. */
  async status(name?: string): Promise<ProjectionStatus> {
    const position = name === undefined ? this.checkpoint : this.checkpointOf(name);
    const head = await this.store.headPosition().catch(() => undefined);
    return {
      name: name ?? this.name,
      position,
      ...(head !== undefined && { head, lag: Math.max(0, head - position) }),
      state: this.state,
      ...(this.lastError !== undefined && { lastError: this.lastError }),
    };
  }

  private member(name: string): Member {
    const member = this.members.get(name);
    if (!member) throw new Error(`projection ${name} does not run on this runner`);
    return member;
  }

  private reached(position: number, name?: string): boolean {
    if (name === undefined) return this.checkpoint >= position;
    const member = this.members.get(name);
    return member !== undefined && member.position >= position;
  }

  private follow(): void {
    if (this.running) return;
    this.running = true;
    this.state = 'catching-up';
    this.loop = this.run();
  }

  /** Returns the checkpoint to continue from. */
  private async prepare(client: PoolClient, { projection }: Member): Promise<number> {
    await createCheckpoints(client);
    const { rows } = await client.query<{ version: number; position: string }>(
      'SELECT version, position FROM projectie.checkpoints WHERE name = $1',
      [projection.name],
    );
    const stored = rows[0];
    if (stored?.version === projection.version) {
      await projection.migrate(client);
      return Number(stored.position);
    }
    this.logger.log(
      `Projection ${projection.name}: version ${stored?.version ?? 'none'} → ${projection.version}, rebuilding from position 0`,
    );
    return this.recreate(client, projection);
  }

  private async recreate(client: PoolClient, projection: Projection): Promise<number> {
    await projection.reset(client);
    await projection.migrate(client);
    await client.query(
      `INSERT INTO projectie.checkpoints (name, version, position, updated_at)
       VALUES ($1, $2, 0, now())
       ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = 0, updated_at = now()`,
      [projection.name, projection.version],
    );
    return 0;
  }

  private async run(): Promise<void> {
    let delay = this.retryInitialMs;
    while (this.running) {
      try {
        const again = await this.exclusively(() => this.applyNextBatch());
        delay = this.retryInitialMs;
        // a short batch reached the head: read again when the store signals an append (or at the poll)
        if (!again) await this.idle();
      } catch (error) {
        this.state = 'failing';
        this.lastError = error instanceof Error ? error.message : String(error);
        this.logError(`failed after position ${this.checkpoint}, retrying in ${delay} ms`, error);
        await this.pause(delay, false);
        delay = Math.min(delay * 2, this.retryMaxMs);
      }
    }
  }

  /** Returns whether to read again at once. */
  private async applyNextBatch(): Promise<boolean> {
    this.signalled = false;
    const members = [...this.members.values()];
    if (members.length === 0) return false;
    const from = this.checkpoint;
    const names = members.map(({ projection }) => escapeLiteral(projection.name)).join(', ');
    const reached = await inTransaction<Reached>(
      this.pool,
      async (client, [, locked]) => {
        const stored = new Map((locked!.rows as CheckpointRow[]).map((row) => [row.name, row]));
        const positions = members.map((member) =>
          this.storedPosition(member, stored.get(member.projection.name)),
        );
        // another runner of the same projection moved a checkpoint: continue from there
        if (positions.some((position, i) => position !== members[i]!.position)) {
          return { positions, events: [], again: true };
        }
        // the log is read in this transaction (on its client, through the store's checks), so a batch
        // is one transaction, not a read and then a transaction
        const events = await this.store.readAll({ after: from, limit: this.batchSize, session: client });
        const last = events.at(-1);
        if (!last) return { positions, events };
        for (const { projection, position } of members) {
          // a projection ahead of the others (they rebuild) skips what it applied already
          const fresh = position === from ? events : events.filter((event) => event.position > position);
          if (fresh.length > 0) await projection.applyBatch(client, fresh);
        }
        return { positions: members.map(() => last.position), events, moved: last.position };
      },
      {
        // Read models are rebuildable and the checkpoints commit in the same transaction as the rows
        // they cover: a crash may lose the last commits, but then loses their checkpoints with them and
        // the events are applied again. So durability can be traded for throughput here. The
        // checkpoints are locked (in one order, as every runner does) and moved in the round trips of
        // BEGIN and COMMIT.
        begin: `SET LOCAL synchronous_commit = off;
                SELECT name, version, position FROM projectie.checkpoints
                 WHERE name IN (${names}) ORDER BY name FOR UPDATE`,
        commit: ({ moved }) =>
          moved === undefined
            ? 'SELECT 1'
            : `UPDATE projectie.checkpoints SET position = ${moved}, updated_at = now() WHERE name IN (${names})`,
      },
    );
    this.succeeded(reached.events.length);
    members.forEach((member, i) => (member.position = reached.positions[i]!));
    this.settleWaiters();
    if (reached.moved !== undefined) this.tell(reached.events);
    return reached.again === true || reached.events.length === this.batchSize;
  }

  private tell(events: readonly RecordedEvent[]): void {
    for (const listener of this.listeners) {
      try {
        listener(events);
      } catch (error) {
        this.logError('could not tell a listener its batch', error);
      }
    }
  }

  /** Updates the state before waiters resume, so a status() after waitFor() is current. */
  private succeeded(read: number): void {
    if (this.state === 'failing')
      this.logger.log(`Projection ${this.name}: recovered after position ${this.checkpoint}`);
    this.state = read === this.batchSize ? 'catching-up' : 'live';
    this.lastError = undefined;
  }

  private settleWaiters(): void {
    for (const waiter of this.waiters) if (this.reached(waiter.position, waiter.name)) waiter.settle(true);
  }

  /** The locked checkpoint's position, after checking it belongs to this version of the projection. */
  private storedPosition({ projection }: Member, stored: CheckpointRow | undefined): number {
    if (!stored) throw new Error(`checkpoint of projection ${projection.name} is missing`);
    if (stored.version !== projection.version) {
      throw new Error(
        `projection ${projection.name} is at version ${stored.version} in the database, this runner has version ${projection.version}`,
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

  /**
   * Waits until the store signals an append. Its fallback poll (for a signal lost) reads the log's head,
   * one short statement without locks, and reads a batch (a transaction that locks the checkpoints)
   * only when the log grew past the checkpoint, or at every FULL_POLL_EVERY-th poll, which also notices
   * a checkpoint that another runner of the same projection moved (a rebuild in another process).
   * A rebuild or a new projection here moves the checkpoint back, so the head check lets it through.
   */
  private async idle(): Promise<void> {
    for (let polls = 1; polls < FULL_POLL_EVERY; polls += 1) {
      await this.pause(this.pollIntervalMs, true);
      if (!this.running || this.signalled) return;
      const head = await this.store.headPosition().catch(() => undefined);
      if (head === undefined || head > this.checkpoint) return;
    }
    await this.pause(this.pollIntervalMs, true);
  }

  /** Watches the log for appends as a wake-up signal; the events themselves are read in batches. */
  private listen(): void {
    if (this.watch) return;
    this.watch = this.store.watch((head) => {
      // an append this runner already applied (it read it in a batch) is no reason to read again
      if (head !== undefined && head <= this.checkpoint) return;
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

const shared = new WeakMap<EventStore, WeakMap<Pool, ProjectionRunner>>();

/**
 * The one runner of a process for this store and pool: every projection and process manager that
 * joins it is applied in the same batches, one read of the log and one transaction per batch
 * (instead of one read, one head check and one transaction per projection per batch).
 */
export function sharedRunner(
  store: EventStore,
  pool: Pool,
  options?: ProjectionRunnerOptions,
): ProjectionRunner {
  const byPool = shared.get(store) ?? new WeakMap<Pool, ProjectionRunner>();
  shared.set(store, byPool);
  const runner = byPool.get(pool) ?? new ProjectionRunner(store, pool, [], options);
  byPool.set(pool, runner);
  return runner;
}

/**
 * Creates the checkpoints table if missing. Holds a lock until the transaction ends, which serialises
 * the schema changes of runners starting at the same time (CREATE ... IF NOT EXISTS can race).
 */
async function createCheckpoints(client: PoolClient): Promise<void> {
  await client.query("SELECT pg_advisory_xact_lock(hashtext('projectie'))");
  await client.query(CHECKPOINTS_DDL);
}
