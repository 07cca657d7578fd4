import type { Pool, PoolClient } from 'pg';
import { createPool, isDatabaseUnavailable, migreer, type DatabaseTimeouts } from '@signaalspoor/database';
import { checkAppend, duplicateEventId, type CheckedAppend } from '../append-checks';
import { CatchUpSubscription } from '../catch-up-subscription';
import { EventStoreError, WrongExpectedRevisionError } from '../errors';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  HeadedRead,
  NewEvent,
  ReadAllOptions,
  RecordedEvent,
  StoreSession,
  SubscribeOptions,
  Subscription,
  Watch,
} from '../event-store.port';
import { chainHash, toRecorded, type EventRow } from './chain';
import { GroupCommit } from './group-commit';
import { Notifier } from './notifier';
import { APPEND_FUNCTION_MIGRATION, EVENT_COLUMNS, GENESIS_HASH, MIGRATIES } from './schema';

export interface PostgresEventStoreOptions {
  url: string;
  poolSize?: number;
  /** the pool's application_name; the LISTEN connection's is the same with `-listen` */
  applicationName?: string;
  /** how often a live subscription looks for new events when no notification arrives */
  pollIntervalMs?: number;
  /** session timeouts of the store's connections (lock wait, statement, idle in transaction) */
  timeouts?: DatabaseTimeouts;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBrokenPosition?: number;
}

const VERIFY_BATCH = 1000;
/** How long the check after a lost commit waits for the head lock before it calls the outcome unknown. */
const CHECK_LOCK_TIMEOUT = '5s';
/** Most events one group commit writes; a larger single append still goes alone. */
const MAX_BATCH_EVENTS = 500;

interface AppendRequest {
  streamId: string;
  events: NewEvent[];
  /** the event ids, lower case, and the events' JSON (checkAppend) */
  checked: CheckedAppend;
  expected: ExpectedRevision;
}

/** One row of signaalspoor_append per append, in order. */
interface AppendRow {
  outcome: 'written' | 'read' | 'replayed' | 'wrong' | 'duplicate';
  next_revision: string | null;
  last_position: string | null;
}

const APPEND = 'SELECT * FROM signaalspoor_append($1, $2, $3, $4, $5, $6, $7, $8)';

/**
 * The event store on PostgreSQL. Appends are serialised on the single `log_head` row: each append is
 * one statement (signaalspoor_append, one round trip) that locks it, checks, takes the next positions,
 * extends the hash chain and commits, so the global log is gap-free and a reader never sees position
 * n+1 before n, and the lock is held for no network round trip. Concurrent appends on one store are
 * group-committed: they share one such statement. See docs/event-store.md.
 */
export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private readonly notifier: Notifier;
  private readonly subscriptions = new Set<CatchUpSubscription>();
  private readonly watchers = new Set<(head?: number) => void>();
  private readonly pollIntervalMs: number;
  private readonly appends = new GroupCommit<AppendRequest, AppendResult>({
    commit: (batch) => this.commitBatch(batch),
    maxBatchSize: MAX_BATCH_EVENTS,
    size: (append) => append.events.length,
  });

  private readonly url: string;
  private readonly timeouts?: DatabaseTimeouts;

  constructor(options: PostgresEventStoreOptions) {
    this.url = options.url;
    this.timeouts = options.timeouts;
    const applicationName = options.applicationName ?? 'signaalspoor-event-store';
    this.pool = createPool(options.url, {
      max: options.poolSize ?? 10,
      applicationName,
      timeouts: options.timeouts,
    });
    this.notifier = new Notifier(
      options.url,
      `${applicationName}-listen`,
      (head) => {
        this.subscriptions.forEach((subscription) => subscription.wake());
        this.watchers.forEach((watcher) => watcher(head));
      },
      options.timeouts,
    );
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
  }

  /** Brings the store's tables to this version's (`schema_versies`, owner `event-store`), then its function. */
  async migrate(): Promise<void> {
    await migreer(this.url, 'event-store', MIGRATIES, { timeouts: this.timeouts });
    await this.query(APPEND_FUNCTION_MIGRATION);
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.appends.submit({ streamId, events, checked: checkAppend(streamId, events), expected });
  }

  /**
   * One transaction for a batch of appends, decided in order as if each were its own transaction: an
   * append sees the earlier appends of the batch, and a refused append leaves the others unaffected.
   * When the store becomes unavailable the whole batch fails, unless the connection was lost only after
   * the server committed (see settleLost). Any other failure of the transaction comes from a bad append
   * (an id that is no UUID, text jsonb refuses): the appends are then committed one by one, so only that
   * append fails.
   */
  private async commitBatch(batch: AppendRequest[]): Promise<PromiseSettledResult<AppendResult>[]> {
    try {
      return await this.commitTogether(batch);
    } catch (error) {
      if (batch.length === 1 || isUnavailable(error)) throw error;
      const outcomes: PromiseSettledResult<AppendResult>[] = [];
      for (const append of batch) {
        outcomes.push(
          await this.commitTogether([append]).then(
            ([outcome]) => outcome,
            (reason: unknown) => ({ status: 'rejected', reason }),
          ),
        );
      }
      return outcomes;
    }
  }

  private async commitTogether(batch: AppendRequest[]): Promise<PromiseSettledResult<AppendResult>[]> {
    const values: string[][] = [[], [], [], [], [], [], [], []];
    for (const { streamId, events, checked, expected } of batch) {
      values[0].push(streamId);
      values[1].push(String(expected));
      values[2].push(String(events.length));
      values[3].push(...checked.ids);
      values[4].push(...events.map((event) => event.type));
      values[5].push(...checked.json.map((json) => json.data));
      values[6].push(...checked.json.map((json) => json.metadata));
      values[7].push(
        ...events.map(
          (event) => `,"streamId":${JSON.stringify(streamId)},"type":${JSON.stringify(event.type)}}`,
        ),
      );
    }
    let rows: AppendRow[];
    try {
      rows = await this.appendRows(values);
    } catch (error) {
      if (!isUnavailable(error)) throw error;
      rows = await this.settleLost(values, error as EventStoreError);
    }
    return batch.map((append, i) => settle(append, rows[i]));
  }

  /** One statement, one round trip: the whole batch decided, written and committed (see APPEND_FUNCTION). */
  private async appendRows(values: string[][]): Promise<AppendRow[]> {
    const client = await checkout(this.pool).catch((error: unknown) => {
      throw asStoreError(error);
    });
    try {
      const { rows } = await client.query<AppendRow>({ name: 'signaalspoor_append', text: APPEND, values });
      checkin(client);
      return rows;
    } catch (error) {
      // a statement error leaves the connection usable; a lost connection is destroyed
      const storeError = asStoreError(error);
      checkin(client, isUnavailable(storeError));
      throw storeError;
    }
  }

  /**
   * The connection failed while the batch's statement ran: if the server committed it, the batch is
   * written although its reply was lost. A batch commits whole or not at all, and the append function
   * is idempotent by event id, so running it again on a fresh connection, in a transaction that is
   * rolled back, tells which: it would write nothing (every append replays), so the batch was written
   * and these are its outcomes; it would write, so nothing was written and every caller gets
   * EVENT_STORE_UNAVAILABLE. The function first waits for the head lock, so a commit still in progress
   * has finished. If this look fails too, the outcome is unknown.
   */
  private async settleLost(values: string[][], error: EventStoreError): Promise<AppendRow[]> {
    let rows: AppendRow[];
    try {
      rows = await this.dryRun(values);
    } catch {
      throw new EventStoreError(
        'EVENT_STORE_UNAVAILABLE',
        `${error.message}. Of de events bewaard werden, is onbekend; opnieuw proberen met dezelfde event-ids is veilig.`,
        'unavailable',
      );
    }
    if (rows.some((row) => row.outcome === 'written')) throw error;
    return rows;
  }

  private async dryRun(values: string[][]): Promise<AppendRow[]> {
    const client = await checkout(this.pool);
    try {
      await client.query(`BEGIN; SET LOCAL lock_timeout = '${CHECK_LOCK_TIMEOUT}'`);
      const { rows } = await client.query<AppendRow>(APPEND, values);
      await client.query('ROLLBACK');
      checkin(client);
      return rows;
    } catch (error) {
      checkin(client, true);
      throw error;
    }
  }

  async readStream(streamId: string, options: { toPosition?: number } = {}): Promise<RecordedEvent[]> {
    return (await this.read({ stream: streamId, ...options }, '')).events;
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return (await this.read({ all: options }, '')).events;
  }

  /** One statement reads both, so the head is that of the snapshot the events come from. */
  readWithHead(read: HeadedRead): Promise<{ events: RecordedEvent[]; head?: number }> {
    return this.read(read, ', (SELECT position FROM log_head) AS head');
  }

  /** On the caller's session when a read of the log brings one (ReadAllOptions.session), else on the pool. */
  private async read(read: HeadedRead, extra: string): Promise<{ events: RecordedEvent[]; head?: number }> {
    const session = 'all' in read ? read.all.session : undefined;
    // named: parsed and planned once per connection, not on every read
    const { rows } = await this.query<EventRow & { head?: string }>(
      {
        name: `signaalspoor_read_${'all' in read ? 'all' : 'stream'}${extra ? '_head' : ''}`,
        text:
          'all' in read
            ? `SELECT ${EVENT_COLUMNS}${extra} FROM events WHERE position > $1 ORDER BY position LIMIT $2`
            : `SELECT ${EVENT_COLUMNS}${extra} FROM events
                WHERE stream_id = $1 AND ($2::bigint IS NULL OR position <= $2)
                ORDER BY revision`,
        values: 'all' in read ? [read.all.after, read.all.limit] : [read.stream, read.toPosition ?? null],
      },
      undefined,
      session,
    );
    const head = rows[0]?.head;
    return { events: rows.map(toRecorded), ...(head !== undefined && { head: Number(head) }) };
  }

  async headPosition(): Promise<number> {
    const { rows } = await this.query<{ position: string }>('SELECT position FROM log_head');
    return Number(rows[0]?.position ?? 0);
  }

  /** Takes the append lock (the `log_head` row) for an instant and rolls back: a lock wait, no write. */
  async probeAppend(timeoutMs: number): Promise<void> {
    const client = await checkout(this.pool).catch((error: unknown) => {
      throw asStoreError(error);
    });
    try {
      await client.query(
        `BEGIN; SET LOCAL lock_timeout = ${Math.max(1, Math.round(timeoutMs))}; SELECT 1 FROM log_head FOR UPDATE`,
      );
    } catch (error) {
      throw asStoreError(error);
    } finally {
      const rolledBack = await client.query('ROLLBACK').then(
        () => true,
        () => false,
      );
      checkin(client, !rolledBack);
    }
  }

  subscribe(options: SubscribeOptions): Subscription {
    const subscription = new CatchUpSubscription({
      ...options,
      readAll: (read) => this.readAll(read),
      pollIntervalMs: this.pollIntervalMs,
      onClosed: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    this.notifier.start();
    return subscription;
  }

  watch(onAppended: (head?: number) => void): Watch {
    const watcher = (head?: number) => onAppended(head);
    this.watchers.add(watcher);
    this.notifier.start();
    return { close: async () => void this.watchers.delete(watcher) };
  }

  /** Recomputes the hash chain over [from, to] (default: the whole log) and compares it with the stored hashes. */
  async verifyChain(range: { from?: number; to?: number } = {}): Promise<ChainVerification> {
    const from = Math.max(range.from ?? 1, 1);
    const head = await this.query<{ position: string; hash: string }>('SELECT position, hash FROM log_head');
    const to = range.to ?? Number(head.rows[0].position);
    let hash = GENESIS_HASH;
    if (from > 1) {
      const previous = await this.query<{ hash: string }>('SELECT hash FROM events WHERE position = $1', [
        from - 1,
      ]);
      if (previous.rows.length === 0) return { ok: false, checked: 0, firstBrokenPosition: from - 1 };
      hash = previous.rows[0].hash;
    }
    let checked = 0;
    for (let expected = from; expected <= to;) {
      const rows = await this.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE position >= $1 AND position <= $2 ORDER BY position LIMIT $3`,
        [expected, to, VERIFY_BATCH],
      ).then((result) => result.rows);
      if (rows.length === 0) return { ok: false, checked, firstBrokenPosition: expected };
      for (const row of rows) {
        const event = toRecorded(row);
        hash = chainHash(hash, event);
        if (event.position !== expected || hash !== row.hash)
          return { ok: false, checked, firstBrokenPosition: expected };
        checked += 1;
        expected += 1;
      }
    }
    // the head must still point at the last event: catches events removed from the end of the log
    if (range.to === undefined && checked > 0 && hash !== head.rows[0].hash) {
      return { ok: false, checked, firstBrokenPosition: to };
    }
    return { ok: true, checked };
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    this.watchers.clear();
    await this.notifier.stop();
    await this.appends.idle();
    await this.pool.end();
  }

  private async query<R extends object>(
    statement: string | { name: string; text: string; values: unknown[] },
    values?: unknown[],
    session?: StoreSession,
  ): Promise<{ rows: R[] }> {
    try {
      if (typeof statement === 'string') return await this.pool.query<R>(statement, values);
      return (await (session ?? this.pool).query(statement)) as { rows: R[] };
    } catch (error) {
      throw asStoreError(error);
    }
  }
}

const ignoreError = () => undefined;

/**
 * A client from the pool. While it is checked out the pool does not listen to its 'error' event, and a
 * lost connection would crash the process; the error reaches the caller through the query anyway.
 */
async function checkout(pool: Pool): Promise<PoolClient> {
  const client = await pool.connect();
  client.on('error', ignoreError);
  return client;
}

/** Returns a client to the pool, or destroys it (a broken connection). */
function checkin(client: PoolClient, destroy = false): void {
  client.off('error', ignoreError);
  client.release(destroy);
}

/** An append's outcome from its row. */
function settle(append: AppendRequest, row: AppendRow): PromiseSettledResult<AppendResult> {
  switch (row.outcome) {
    case 'duplicate':
      return {
        status: 'rejected',
        reason: duplicateEventId(append.streamId, 'already used by another append'),
      };
    case 'wrong':
      return {
        status: 'rejected',
        reason: new WrongExpectedRevisionError(
          append.streamId,
          String(append.expected),
          row.next_revision === null ? 'no-stream' : Number(row.next_revision),
        ),
      };
    default:
      return {
        status: 'fulfilled',
        value: { nextRevision: Number(row.next_revision), position: Number(row.last_position) },
      };
  }
}

const isUnavailable = (error: unknown): boolean =>
  error instanceof EventStoreError && error.code === 'EVENT_STORE_UNAVAILABLE';

/** Store and SQL errors pass through; connection-level failures become EVENT_STORE_UNAVAILABLE. */
function asStoreError(error: unknown): unknown {
  if (error instanceof EventStoreError) return error;
  // lost connections, and lock, statement and idle-transaction timeouts
  return isDatabaseUnavailable(error)
    ? new EventStoreError(
        'EVENT_STORE_UNAVAILABLE',
        `De event store is niet bereikbaar: ${(error as Error).message}`,
        'unavailable',
      )
    : error;
}
