import type { EventStore, RecordedEvent } from '@signaalspoor/event-store';
import type { EventConsumer } from '@signaalspoor/messaging';
import type { Pool, PoolClient } from 'pg';
import { ProjectieFout, type Projection } from './projection';
import { ProjectionRunner, type ProjectionLogger, type ProjectionStatus } from './projection-runner';
import { inTransaction, withClient } from './transaction';

export interface ProjectionFeedOptions {
  /** follow this bus consumer instead of the store, after catching up from the store */
  consumer?: EventConsumer;
  /** the runner to join (sharedRunner: one transaction per batch for every projection of the process); its own by default */
  runner?: ProjectionRunner;
  logger?: ProjectionLogger;
  /** how long a read waits for its projection to reach the position it asked for */
  consistencyTimeoutMs: number;
}

export type FeedStatus =
  | ProjectionStatus
  | {
      name: string;
      state: 'following-bus' | 'halted' | 'stopped';
      /** every event up to this global position is applied */
      position: number;
      /** why the projection stopped applying events (state halted) */
      lastError?: string;
    };

/** Whether a feed can be trusted: false when it stopped or keeps failing, with the reason. */
export function feedGezond(status: FeedStatus): { ok: boolean; reden?: string } {
  const ok = status.state !== 'failing' && status.state !== 'stopped' && status.state !== 'halted';
  return ok ? { ok } : { ok, reden: status.lastError ?? `projectie ${status.name}: ${status.state}` };
}

/** how often a waiting read looks again when this process applies nothing (another instance may) */
const POLL_MS = 25;
/** events read from the log per step when checking the floor */
const FLOOR_CHUNK = 2000;
const FLOOR_INTERVAL_MS = 1000;

/**
 * Feeds one projection, in one of two ways with the same tables:
 * - from the event store's global log (the all-in-one app): a ProjectionRunner with its checkpoint;
 * - from the integration bus (a service on Kafka): first catch up from the store with the runner —
 *   which also rebuilds, on a version bump or rebuild(), so Kafka is never needed to rebuild — then
 *   apply the bus messages a batch per transaction.
 *
 * On the bus it never skips: before a batch is applied, a stream whose revisions do not continue
 * where the projection stands is completed from the event store (a lost, dead-lettered or reordered
 * message is read again from the source of truth). An event that still cannot be applied halts the
 * projection: it stops its consumer, applies nothing more, and its status says why, until a
 * rebuild() (or a restart, which catches up from the store) succeeds.
 */
export class ProjectionFeed {
  private readonly runner: ProjectionRunner;
  private followingBus = false;
  private halted?: string;
  /**
   * On the bus: every event up to here is applied, as last checked against the shared tables. Other
   * instances of the same consumer group apply other partitions, so this is never counted locally.
   */
  private floor = 0;
  /** the floor last written to the checkpoint table */
  private savedFloor = 0;
  /** on the bus: raises the floor towards the head now and then, so X-Positie stays current */
  private floorTimer?: NodeJS.Timeout;
  /** the floor raise in flight, shared by every read waiting for it */
  private raising?: Promise<void>;
  /** streams reads wait for: the next shared query asks for them */
  private readonly waitingStreams = new Set<string>();
  private nextStreamCheck?: Promise<Map<string, number>>;
  private streamCheckInFlight: Promise<void> = Promise.resolve();
  /** fires when this process applied a batch from the bus: waiting reads look again at once */
  private readonly applied = new Signal(POLL_MS);

  constructor(
    private readonly store: EventStore,
    private readonly pool: Pool,
    private readonly projection: Projection,
    private readonly options: ProjectionFeedOptions,
  ) {
    this.runner = options.runner ?? new ProjectionRunner(store, pool, [], { logger: options.logger });
  }

  async start(): Promise<void> {
    await this.runner.add(this.projection);
    if (this.options.consumer) await this.follow(this.options.consumer);
  }

  async stop(): Promise<void> {
    await this.unfollow();
    await this.runner.remove(this.projection.name);
  }

  /** Drops the read model and replays the store; on the bus, the consumer waits meanwhile and then resumes. */
  async rebuild(): Promise<void> {
    const { consumer } = this.options;
    this.halted = undefined;
    if (!consumer) return this.runner.rebuild(this.projection.name);
    await this.unfollow();
    await this.runner.add(this.projection);
    await this.runner.rebuild(this.projection.name);
    await this.follow(consumer);
  }

  /** The head of the log: the highest position a read can ask for. */
  head(): Promise<number> {
    return this.store.headPosition();
  }

  /** The global position up to which this projection surely applied every event. */
  position(): number {
    return this.followingBus || this.halted ? this.floor : this.runner.checkpointOf(this.projection.name);
  }

  /**
   * Read-your-writes: resolves true once this projection reflects every event up to `position`
   * (for `streamId`: every event of that stream up to it), false after the consistency timeout or
   * when the projection halted.
   */
  async reached(position: number, streamId?: string): Promise<boolean> {
    const timeout = this.options.consistencyTimeoutMs;
    if (this.halted) return false;
    if (!this.followingBus) return this.runner.waitFor(position, timeout, this.projection.name);
    const deadline = Date.now() + timeout;
    // on the bus only the streams are in order: wait for this stream's last event up to `position`
    const target = streamId
      ? (await this.store.readStream(streamId)).filter((e) => e.position <= position).at(-1)
      : undefined;
    if (streamId && !target) return true;
    for (;;) {
      if (this.floor >= (target?.position ?? position)) return true;
      if (target && (await this.streamApplied(target))) return true;
      if (!target) await this.raise();
      if (this.floor >= (target?.position ?? position)) return true;
      if (this.halted || !this.followingBus || Date.now() >= deadline) return false;
      await this.applied.wait(deadline - Date.now());
    }
  }

  /**
   * Raises the floor towards the head, one raise at a time: every read waiting in this process
   * shares it, so a hundred waiting reads cost one walk over the log, not a hundred.
   */
  private raise(): Promise<void> {
    this.raising ??= this.store
      .headPosition()
      .then((head) => this.raiseFloor(head))
      .then(() => undefined)
      .finally(() => (this.raising = undefined));
    return this.raising;
  }

  /**
   * Whether the stream's event `target` is applied. The reads waiting for a stream share their
   * queries: one in flight at a time, and the next one asks for every stream waited for meanwhile.
   */
  private streamApplied(target: RecordedEvent): Promise<boolean> {
    this.waitingStreams.add(target.streamId);
    this.nextStreamCheck ??= this.streamCheckInFlight.then(() => {
      const streams = [...this.waitingStreams];
      this.waitingStreams.clear();
      this.nextStreamCheck = undefined;
      const check = withClient(this.pool, (client) => this.projection.appliedRevisions(client, streams));
      this.streamCheckInFlight = check.then(
        () => undefined,
        () => undefined,
      );
      return check;
    });
    return this.nextStreamCheck.then((applied) => (applied.get(target.streamId) ?? -1) >= target.revision);
  }

  /**
   * Moves the floor towards `target` as far as the tables (shared by every instance of the group)
   * reflect each followed stream's events from the log; true once it reached `target`.
   */
  private async raiseFloor(target: number): Promise<boolean> {
    while (this.floor < target) {
      const from = this.floor;
      const events = await this.store.readAll({ after: from, limit: Math.min(target - from, FLOOR_CHUNK) });
      const last = events.at(-1);
      if (!last) return false;
      const streams = new Set(
        events.filter((e) => this.projection.follows(e.streamId)).map((e) => e.streamId),
      );
      const applied = await withClient(this.pool, (client) =>
        this.projection.appliedRevisions(client, [...streams]),
      );
      // up to the first event not applied yet
      const missing = events.find(
        (e) => streams.has(e.streamId) && (applied.get(e.streamId) ?? -1) < e.revision,
      );
      const reached = missing ? missing.position - 1 : last.position;
      // a rebuild meanwhile starts the floor again: never move a floor someone else moved
      if (this.floor === from) this.floor = Math.max(from, reached);
      if (missing) return this.floor >= target;
    }
    return true;
  }

  async status(): Promise<FeedStatus> {
    const name = this.projection.name;
    if (this.halted) return { name, state: 'halted', position: this.position(), lastError: this.halted };
    return this.followingBus
      ? { name, state: 'following-bus', position: this.floor }
      : this.runner.status(name);
  }

  /** Catches up from the store with the runner, then hands over to the consumer. */
  private async follow(consumer: EventConsumer): Promise<void> {
    const head = await this.store.headPosition();
    const name = this.projection.name;
    if (!(await this.runner.waitFor(head, Infinity, name))) throw new Error(`${name}: catch-up stopped`);
    this.floor = this.runner.checkpointOf(name);
    await this.runner.remove(name);
    this.savedFloor = this.floor;
    const apply = (events: RecordedEvent[]) => this.applyFromBus(events);
    await consumer.start((event) => apply([event]), { batch: apply });
    this.followingBus = true;
    let saving = false;
    this.floorTimer = setInterval(() => {
      if (saving) return;
      saving = true;
      this.raise()
        .then(() => this.saveFloor())
        .catch(() => undefined) // the next tick tries again; reads raise it themselves too
        .finally(() => (saving = false));
    }, FLOOR_INTERVAL_MS).unref();
  }

  /**
   * In bus mode the checkpoint records the floor: every event up to it is applied (in the tables
   * every instance of the group shares), so a restart catches up from there and replays nothing twice.
   */
  private async saveFloor(): Promise<void> {
    const floor = this.floor;
    if (!this.followingBus || floor <= this.savedFloor) return;
    await this.pool.query(
      'UPDATE projectie.checkpoints SET position = GREATEST(position, $2), updated_at = now() WHERE name = $1',
      [this.projection.name, floor],
    );
    this.savedFloor = floor;
  }

  private async unfollow(): Promise<void> {
    if (!this.followingBus) return;
    this.followingBus = false;
    clearInterval(this.floorTimer);
    await this.options.consumer!.stop();
  }

  private async applyFromBus(events: RecordedEvent[]): Promise<void> {
    if (this.halted) throw new Error(`projectie ${this.projection.name} is gestopt: ${this.halted}`);
    try {
      await inTransaction(this.pool, async (client) =>
        this.projection.applyBatch(client, await this.complete(client, events)),
      );
      this.applied.fire();
    } catch (error) {
      if (!(error instanceof ProjectieFout)) throw error; // e.g. the database: the consumer retries
      this.halt(error);
      throw error;
    }
  }

  /**
   * The batch with every stream's missing revisions read from the store: from the one after what
   * the projection applied up to the last one the batch holds, in global order.
   */
  private async complete(client: PoolClient, events: RecordedEvent[]): Promise<RecordedEvent[]> {
    const perStream = new Map<string, RecordedEvent[]>();
    // events of streams the projection does not follow pass as they are
    const result: RecordedEvent[] = [];
    for (const event of events) {
      if (!this.projection.follows(event.streamId)) result.push(event);
      else perStream.set(event.streamId, [...(perStream.get(event.streamId) ?? []), event]);
    }
    const applied = await this.projection.appliedRevisions(client, [...perStream.keys()]);
    for (const [streamId, streamEvents] of perStream) {
      const from = (applied.get(streamId) ?? -1) + 1;
      const sorted = streamEvents.filter((e) => e.revision >= from).sort((a, b) => a.revision - b.revision);
      const contiguous = sorted.every((event, i) => event.revision === from + i);
      if (contiguous) {
        result.push(...sorted);
        continue;
      }
      const upTo = sorted.at(-1)!.revision;
      const repaired = (await this.store.readStream(streamId)).filter(
        (e) => e.revision >= from && e.revision <= upTo,
      );
      this.options.logger?.log(
        `Projection ${this.projection.name}: ${streamId} revisions ${from}..${upTo} read from the store (the bus skipped some)`,
      );
      result.push(...repaired);
    }
    return result.sort((a, b) => a.position - b.position);
  }

  private halt(error: ProjectieFout): void {
    this.halted = error.message;
    this.options.logger?.error(
      `Projection ${this.projection.name} halted: ${error.message}. Fix the cause, then rebuild it.`,
    );
    // not awaited: the consumer's stop waits for the handler that is calling this
    void this.unfollow().catch((stopError: Error) =>
      this.options.logger?.error(`Projection ${this.projection.name}: ${stopError.message}`),
    );
  }
}

/**
 * Wakes everyone waiting: on fire(), or at a tick shared by all waits (so waiting reads look again
 * together, and share what they ask), or at a wait's own timeout when that comes before the tick.
 */
class Signal {
  private readonly waiting = new Set<() => void>();
  private tick?: NodeJS.Timeout;

  constructor(private readonly tickMs: number) {}

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve();
      };
      const timer = ms < this.tickMs ? setTimeout(done, Math.max(0, ms)) : undefined;
      this.waiting.add(done);
      this.tick ??= setTimeout(() => this.fire(), this.tickMs);
    });
  }

  fire(): void {
    clearTimeout(this.tick);
    this.tick = undefined;
    for (const done of [...this.waiting]) done();
  }
}
