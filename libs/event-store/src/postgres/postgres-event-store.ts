import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { createPool, isDatabaseUnavailable, type DatabaseTimeouts } from '@signaalspoor/database';
import { EventStoreError, WrongExpectedRevisionError } from '../errors';
import type {
  AppendResult,
  EventMetadataInput,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { canonicalJson } from './canonical-json';
import { GroupCommit } from './group-commit';
import { Notifier } from './notifier';
import { CHANNEL, EVENT_COLUMNS, GENESIS_HASH, ISO_UTC, MIGRATION } from './schema';
import { PostgresSubscription } from './subscription';

export interface PostgresEventStoreOptions {
  url: string;
  poolSize?: number;
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

interface EventRow {
  position: string;
  event_id: string;
  stream_id: string;
  revision: string;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadataInput;
  recorded_at: string;
  hash: string;
}

const VERIFY_BATCH = 1000;
/** How long the check after a lost commit waits for the head lock before it calls the outcome unknown. */
const CHECK_LOCK_TIMEOUT = '5s';
/** Most events one group commit writes; a larger single append still goes alone. */
const MAX_BATCH_EVENTS = 500;

interface AppendRequest {
  streamId: string;
  events: NewEvent[];
  /** the event ids, lower case */
  ids: string[];
  expected: ExpectedRevision;
}

interface Existing {
  eventId: string;
  streamId: string;
  revision: number;
  position: number;
}

interface WrittenEvent extends Existing {
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadataInput;
  hash: string;
}

/** A batch's outcomes once decided, and the first event it writes (none when it writes nothing). */
interface Decided {
  outcomes?: PromiseSettledResult<AppendResult>[];
  first?: WrittenEvent;
}

/**
 * The event store on PostgreSQL. Appends are serialised on the single `log_head` row: each transaction
 * locks it, takes the next positions and extends the hash chain, so the global log is gap-free and a
 * reader never sees position n+1 before n. Concurrent appends on one store are group-committed: they
 * share one such transaction. See docs/event-store.md.
 */
export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private readonly notifier: Notifier;
  private readonly subscriptions = new Set<PostgresSubscription>();
  private readonly pollIntervalMs: number;
  private readonly appends = new GroupCommit<AppendRequest, AppendResult>({
    commit: (batch) => this.commitBatch(batch),
    maxBatchSize: MAX_BATCH_EVENTS,
    size: (append) => append.events.length,
  });

  constructor(options: PostgresEventStoreOptions) {
    this.pool = createPool(options.url, {
      max: options.poolSize ?? 10,
      applicationName: 'signaalspoor-event-store',
      timeouts: options.timeouts,
    });
    this.notifier = new Notifier(
      options.url,
      () => this.subscriptions.forEach((subscription) => subscription.wake()),
      options.timeouts,
    );
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
  }

  async migrate(): Promise<void> {
    await this.query(MIGRATION);
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const ids = events.map((event) => event.id.toLowerCase());
    if (new Set(ids).size !== ids.length) throw duplicateEventId(streamId, 'twice in one append');
    checkSerialisable(streamId, events);
    return this.appends.submit({ streamId, events, ids, expected });
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
    const decided: Decided = {};
    try {
      return await this.writeTogether(batch, decided);
    } catch (error) {
      if (decided.outcomes === undefined || !isUnavailable(error)) throw error;
      return this.settleLost(decided.outcomes, decided.first, error as EventStoreError);
    }
  }

  /** Decides the batch (recorded in `decided` as soon as known), writes the accepted events and commits. */
  private writeTogether(
    batch: AppendRequest[],
    decided: Decided,
  ): Promise<PromiseSettledResult<AppendResult>[]> {
    return this.serialised(async (client, head) => {
      // Read only after the lock is held: this statement's snapshot includes every earlier commit.
      const { rows } = await client.query<{
        recorded_at: string;
        revisions: Record<string, number | null>;
        existing: Existing[];
      }>(
        `SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', ${ISO_UTC}) AS recorded_at,
                (SELECT coalesce(json_object_agg(s, (SELECT max(revision) FROM events WHERE stream_id = s)), '{}')
                   FROM unnest($1::text[]) AS s) AS revisions,
                (SELECT coalesce(json_agg(json_build_object('eventId', event_id, 'streamId', stream_id, 'revision', revision, 'position', position)), '[]')
                   FROM events WHERE event_id = ANY($2::uuid[])) AS existing`,
        [[...new Set(batch.map((append) => append.streamId))], batch.flatMap((append) => append.ids)],
      );
      const { recorded_at: recordedAt } = rows[0];
      const revisions = new Map<string, number>();
      for (const [streamId, revision] of Object.entries(rows[0].revisions)) {
        if (revision !== null) revisions.set(streamId, revision);
      }
      const known = new Map(rows[0].existing.map((event) => [event.eventId, event]));
      let { position, hash } = head;
      const written: WrittenEvent[] = [];

      const decide = ({ streamId, events, ids, expected }: AppendRequest): AppendResult => {
        const found = ids.flatMap((id) => known.get(id) ?? []);
        if (found.length > 0) return replayed(streamId, ids, found);
        const current = revisions.get(streamId);
        checkExpected(streamId, expected, current);
        if (events.length === 0) return { nextRevision: current ?? -1, position };
        // Built apart and merged into the batch only once every event of the append is hashed: an
        // append that throws half-way leaves no trace in the batch.
        let chained = hash;
        const appended = events.map((event, index): WrittenEvent => {
          const stored = {
            position: position + 1 + index,
            eventId: ids[index],
            streamId,
            revision: (current ?? -1) + 1 + index,
            type: event.type,
            data: event.data,
            metadata: event.metadata,
          };
          chained = chainHash(chained, { ...stored, recordedAt });
          return { ...stored, hash: chained };
        });
        const last = appended[appended.length - 1];
        written.push(...appended);
        appended.forEach((event) => known.set(event.eventId, event));
        revisions.set(streamId, last.revision);
        ({ position, hash } = last);
        return { nextRevision: last.revision, position };
      };
      const outcomes = batch.map((append): PromiseSettledResult<AppendResult> => {
        try {
          return { status: 'fulfilled', value: decide(append) };
        } catch (reason) {
          return { status: 'rejected', reason };
        }
      });
      decided.outcomes = outcomes;
      decided.first = written[0];

      if (written.length > 0) {
        await client.query(
          `WITH written AS (
             INSERT INTO events (position, event_id, stream_id, revision, type, data, metadata, recorded_at, hash)
             SELECT e.position, e."eventId", e."streamId", e.revision, e.type, e.data, e.metadata, $2::timestamptz, e.hash
               FROM jsonb_to_recordset($1::jsonb)
                    AS e(position bigint, "eventId" uuid, "streamId" text, revision bigint, type text, data jsonb, metadata jsonb, hash text)
           ), head AS (
             UPDATE log_head SET position = $3, hash = $4
           )
           SELECT pg_notify('${CHANNEL}', $3::text)`,
          [JSON.stringify(written), recordedAt, position, hash],
        );
      }
      return outcomes;
    });
  }

  /**
   * The connection failed after the batch was decided: if that was after the server got the COMMIT,
   * the batch may be written although its reply was lost. A batch commits whole or not at all, so one
   * look on a fresh connection at its first event tells which: written, every caller gets its decided
   * outcome; not written, every caller gets EVENT_STORE_UNAVAILABLE. The look first waits for the head
   * lock, so a commit still in progress has finished. If the look fails too, the outcome is unknown.
   */
  private async settleLost(
    outcomes: PromiseSettledResult<AppendResult>[],
    first: WrittenEvent | undefined,
    error: EventStoreError,
  ): Promise<PromiseSettledResult<AppendResult>[]> {
    const failAll = (reason: EventStoreError) =>
      outcomes.map((): PromiseRejectedResult => ({ status: 'rejected', reason }));
    // nothing to write: the decisions rest on committed events only
    if (first === undefined) return outcomes;
    let written: boolean;
    try {
      written = await this.isWritten(first);
    } catch {
      return failAll(
        new EventStoreError(
          'EVENT_STORE_UNAVAILABLE',
          `${error.message}. Of de events bewaard werden, is onbekend; opnieuw proberen met dezelfde event-ids is veilig.`,
          'unavailable',
        ),
      );
    }
    return written ? outcomes : failAll(error);
  }

  private async isWritten(event: Existing): Promise<boolean> {
    const client = await checkout(this.pool);
    try {
      await client.query(
        `BEGIN; SET LOCAL lock_timeout = '${CHECK_LOCK_TIMEOUT}'; SELECT 1 FROM log_head FOR SHARE`,
      );
      // a new statement, so its snapshot includes the commit that held the lock
      const { rows } = await client.query<{ position: string }>(
        'SELECT position FROM events WHERE event_id = $1',
        [event.eventId],
      );
      await client.query('COMMIT');
      checkin(client);
      return rows.length > 0 && Number(rows[0].position) === event.position;
    } catch (error) {
      checkin(client, true);
      throw error;
    }
  }

  async readStream(streamId: string, options: { toPosition?: number } = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
        WHERE stream_id = $1 AND ($2::bigint IS NULL OR position <= $2)
        ORDER BY revision`,
      [streamId, options.toPosition ?? null],
    );
    return rows.map(toRecorded);
  }

  async readAll({ after, limit }: ReadAllOptions): Promise<RecordedEvent[]> {
    const { rows } = await this.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
      [after, limit],
    );
    return rows.map(toRecorded);
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
    const subscription = new PostgresSubscription({
      ...options,
      readAll: (read) => this.readAll(read),
      pollIntervalMs: this.pollIntervalMs,
      onClosed: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    this.notifier.start();
    return subscription;
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
      if (previous.rowCount === 0) return { ok: false, checked: 0, firstBrokenPosition: from - 1 };
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
        hash = chainHash(hash, {
          position: event.position,
          eventId: event.id,
          streamId: event.streamId,
          revision: event.revision,
          type: event.type,
          data: event.data,
          metadata: event.metadata,
          recordedAt: event.recordedAt,
        });
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
    await this.notifier.stop();
    await this.appends.idle();
    await this.pool.end();
  }

  private async query<R extends object>(text: string, values?: unknown[]) {
    try {
      return await this.pool.query<R>(text, values);
    } catch (error) {
      throw asStoreError(error);
    }
  }

  /**
   * Runs `work` in a transaction that holds the log_head row lock from its first statement to its
   * commit: batches take turns, and each sees every earlier batch committed.
   */
  private async serialised<T>(
    work: (client: PoolClient, head: { position: number; hash: string }) => Promise<T>,
  ): Promise<T> {
    const client = await checkout(this.pool).catch((error: unknown) => {
      throw asStoreError(error);
    });
    try {
      // one round trip for both statements
      const [, locked] = (await client.query(
        'BEGIN; SELECT position, hash FROM log_head FOR UPDATE',
      )) as unknown as [unknown, { rows: { position: string; hash: string }[] }];
      const result = await work(client, {
        position: Number(locked.rows[0].position),
        hash: locked.rows[0].hash,
      });
      await client.query('COMMIT');
      checkin(client);
      return result;
    } catch (error) {
      const rolledBack = await client.query('ROLLBACK').then(
        () => true,
        () => false,
      );
      // a client whose rollback failed is broken: destroy it rather than return it to the pool
      checkin(client, !rolledBack);
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

/** All ids already in this stream: the append was done before, answer as it was answered then. */
function replayed(streamId: string, ids: string[], existing: Existing[]): AppendResult {
  if (existing.length !== ids.length || existing.some((event) => event.streamId !== streamId)) {
    throw duplicateEventId(streamId, 'already used by another append');
  }
  const last = existing.reduce((a, b) => (b.position > a.position ? b : a));
  return { nextRevision: Number(last.revision), position: Number(last.position) };
}

function checkExpected(streamId: string, expected: ExpectedRevision, current: number | undefined): void {
  const ok =
    expected === 'any' ||
    (expected === 'no-stream' && current === undefined) ||
    (expected === 'stream-exists' && current !== undefined) ||
    expected === current;
  if (!ok) throw new WrongExpectedRevisionError(streamId, String(expected), current ?? 'no-stream');
}

/** Refuses, before it is queued, an append whose data or metadata has no JSON form (BigInt, a cycle, a throwing toJSON). */
function checkSerialisable(streamId: string, events: NewEvent[]): void {
  events.forEach((event, index) => {
    try {
      canonicalJson({ data: event.data, metadata: event.metadata });
    } catch (cause) {
      throw new TypeError(
        `Event ${index} (${event.type}) voor stream ${streamId} is niet als JSON te bewaren: ${(cause as Error).message}`,
        { cause },
      );
    }
  });
}

function chainHash(previous: string, event: Record<string, unknown>): string {
  return createHash('sha256').update(previous).update(canonicalJson(event)).digest('hex');
}

function duplicateEventId(streamId: string, reason: string): EventStoreError {
  return new EventStoreError(
    'DUPLICATE_EVENT_ID',
    `Dubbel event-id bij stream ${streamId}: ${reason}.`,
    'conflict',
  );
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    streamId: row.stream_id,
    type: row.type,
    revision: Number(row.revision),
    position: Number(row.position),
    recordedAt: row.recorded_at,
    data: row.data,
    metadata: row.metadata,
  };
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
