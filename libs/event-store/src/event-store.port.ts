// The event store port: what the application needs from any store (PostgreSQL, EventStoreDB).
// Adapters live in their own folders; contract/ holds the suite every adapter must pass.

export interface ActorRef {
  rol: string;
  id: string;
}

/** Metadata the writer supplies. */
export interface EventMetadataInput {
  actor: ActorRef;
  correlationId: string;
  causationId: string;
  schemaVersion: number;
  /** ISO 8601 time the fact happened (the command's time); the store adds recordedAt at commit */
  occurredAt: string;
}

export interface NewEvent {
  /** unique event id (UUID); appending an event id that already exists is a no-op */
  id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadataInput;
}

/** Metadata as stored: the writer's plus what the store assigns. */
export interface EventMetadata extends EventMetadataInput {
  eventId: string;
  streamId: string;
  /** 0-based revision in the stream */
  revision: number;
  /** 1-based, gap-free position in the global log */
  position: number;
  /** ISO 8601 commit time */
  recordedAt: string;
}

export interface RecordedEvent {
  id: string;
  streamId: string;
  type: string;
  revision: number;
  position: number;
  recordedAt: string;
  data: Record<string, unknown>;
  metadata: EventMetadataInput;
}

/**
 * Expected revision for optimistic concurrency: the revision of the last event in the stream,
 * 'no-stream' (must not exist), 'stream-exists', or 'any'.
 */
export type ExpectedRevision = number | 'no-stream' | 'stream-exists' | 'any';

export interface AppendResult {
  /** revision of the last event written (or found, when the append was a replay of the same ids) */
  nextRevision: number;
  /** global position of the last event written */
  position: number;
}

export interface ReadAllOptions {
  /** read events strictly after this global position (0 = from the start) */
  after: number;
  limit: number;
  /** read in the caller's transaction on the log's database (see StoreSession) */
  session?: StoreSession;
}

/**
 * A connection of the caller's to the database the log is kept in, inside a transaction of the
 * caller's (for PostgreSQL a `pg` client): a read handed one runs in that transaction, so the caller's
 * work and its read of the log are one transaction, not two. A store whose log lives elsewhere
 * (EventStoreDB, in memory) reads as without it.
 */
export interface StoreSession {
  /** a named (prepared once per connection) statement */
  query(statement: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

export interface SubscribeOptions {
  /** deliver events strictly after this position (a checkpoint) */
  after: number;
  /** called for each event in global order; the next event is delivered only after it resolves */
  handler: (event: RecordedEvent) => Promise<void>;
  /** called when the subscription stops with an error (the handler threw, or the store failed) */
  onError?: (error: unknown) => void;
  batchSize?: number;
}

export interface Subscription {
  /** position of the last event handled */
  readonly position: number;
  close(): Promise<void>;
}

/** A wake-up signal for readers of the global log; see EventStore.watch. */
export interface Watch {
  close(): Promise<void>;
}

/** What readWithHead reads: the global log (as readAll) or one stream (as readStream). */
export type HeadedRead = { all: ReadAllOptions } | { stream: string; toPosition?: number };

export interface EventStore {
  /** Appends atomically: all events or none. Throws WrongExpectedRevisionError on a conflict. */
  append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /** All events of a stream in revision order; [] for an unknown stream. */
  readStream(streamId: string, options?: { toPosition?: number }): Promise<RecordedEvent[]>;
  /** The global log after a position, in order, at most `limit` events. */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Position of the last committed event in the global log (0 when empty). */
  headPosition(): Promise<number>;
  /**
   * Optional: the events of readAll or readStream and the head of the log, read in one snapshot and one
   * round trip (a reader that checks events against the head needs both); `head` is absent when no
   * event was read.
   */
  readWithHead?(read: HeadedRead): Promise<{ events: RecordedEvent[]; head?: number }>;
  /** Catch-up then live subscription to the global log; never skips or repeats an event. */
  subscribe(options: SubscribeOptions): Subscription;
  /**
   * Calls `onAppended` after an append committed, with the new head when the store knows it; reads no
   * events, so any number of readers that read in batches themselves can share it. A signal can be lost
   * (a reconnect signals once with no head): readers still poll now and then.
   */
  watch(onAppended: (head?: number) => void): Watch;
  /**
   * Readiness of the write path: waits at most `timeoutMs` for what an append waits for (a lock) and
   * writes nothing. Rejects when an append would not get through now. Optional: stores without a
   * write lock have no such probe.
   */
  probeAppend?(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
