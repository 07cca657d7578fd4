// Pure translations between the port and EventStoreDB: expected revisions, $all positions,
// events, and the entries of the adapter's own position index streams.
import {
  ANY,
  CancelledError,
  DeadlineExceededError,
  jsonEvent,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  type AppendExpectedRevision,
  type CurrentRevision,
  type EventData,
  type Position,
  type ReadPosition,
  type RecordedEvent as EsdbRecordedEvent,
} from '@eventstore/db-client';
import { EventStoreError } from '../errors';
import type { EventMetadataInput, ExpectedRevision, NewEvent, RecordedEvent } from '../event-store.port';

/** Streams whose name starts with this prefix belong to the adapter, not to the domain. */
export const INTERNAL_PREFIX = '_signaalspoor-';
/** One entry per domain event, in $all order: the entry at revision r is the event at position r + 1. */
export const LOG_STREAM = `${INTERNAL_PREFIX}log`;
/** One entry per event of a domain stream, at the same revision: that event's position. */
export const positionsStream = (streamId: string) => `${INTERNAL_PREFIX}positions-${streamId}`;
/** Claims an event id for one stream: ESDB itself only knows event ids per stream. */
export const eventIdStream = (eventId: string) => `${INTERNAL_PREFIX}event-id-${eventId}`;

export const LOG_ENTRY = 'PositionAssigned';
export const POSITION_ENTRY = 'PositionRecorded';
export const EVENT_ID_CLAIM = 'EventIdClaimed';

/**
 * Server-side pre-filter for $all subscriptions: drops system ($) and internal streams. It keeps a
 * superset of the domain events; isDomainEvent() is the exact rule, applied on every path.
 */
export const DOMAIN_STREAM_REGEX = `^(?!\\$|${INTERNAL_PREFIX})`;

/** The events the global log is made of: not in a system or internal stream, not of a system type. */
export function isDomainEvent(event: { streamId: string; type: string }): boolean {
  return !isReservedStream(event.streamId) && !event.type.startsWith('$');
}

export function isReservedStream(streamId: string): boolean {
  return streamId.startsWith('$') || streamId.startsWith(INTERNAL_PREFIX);
}

export function toEsdbExpected(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no-stream':
      return NO_STREAM;
    case 'stream-exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

/** Whether a stream at `current` (undefined: no stream) satisfies `expected`. */
export function expectationMet(expected: ExpectedRevision, current: number | undefined): boolean {
  return (
    expected === 'any' ||
    (expected === 'no-stream' && current === undefined) ||
    (expected === 'stream-exists' && current !== undefined) ||
    expected === current
  );
}

export function fromEsdbRevision(actual: CurrentRevision): number | 'no-stream' {
  return actual === NO_STREAM ? 'no-stream' : Number(actual);
}

/** The expected revision of the append that writes `revision` as the first event of a stream. */
export function expectedBefore(revision: number): AppendExpectedRevision {
  return revision === 0 ? NO_STREAM : BigInt(revision - 1);
}

/** Whether `position` lies strictly after `from` in $all. */
export function isAfter(position: Position, from: ReadPosition): boolean {
  if (from === START) return true;
  if (typeof from === 'string') return false; // END: nothing lies after it
  return (
    position.commit > from.commit || (position.commit === from.commit && position.prepare > from.prepare)
  );
}

export interface StoredMetadata extends EventMetadataInput {
  recordedAt: string;
}

/** The ESDB event for a port event; recordedAt (one value per append) travels in the metadata. */
export function toEsdbEvent(event: NewEvent, recordedAt: string): EventData {
  const metadata: StoredMetadata = { ...event.metadata, recordedAt };
  return jsonEvent({ id: event.id, type: event.type, data: event.data, metadata: { ...metadata } });
}

/** The JSON data (or metadata) of an event the adapter wrote. */
export function json<T>(event: EsdbRecordedEvent, part: 'data' | 'metadata' = 'data'): T {
  if (!event.isJson) throw new Error(`event ${event.id} in ${event.streamId} is not JSON`);
  return event[part] as unknown as T;
}

export function toRecorded(event: EsdbRecordedEvent, position: number): RecordedEvent {
  const { recordedAt, ...metadata } = json<StoredMetadata>(event, 'metadata');
  return {
    id: event.id,
    streamId: event.streamId,
    type: event.type,
    revision: Number(event.revision),
    position,
    recordedAt,
    data: json<Record<string, unknown>>(event),
    metadata,
  };
}

/** An entry of LOG_STREAM: which event holds this position, and where it sits in $all. */
export interface LogEntry {
  streamId: string;
  revision: number;
  commit: string;
  prepare: string;
}

export function logEntry(event: { streamId: string; revision: bigint; position: Position }): LogEntry {
  return {
    streamId: event.streamId,
    revision: Number(event.revision),
    commit: event.position.commit.toString(),
    prepare: event.position.prepare.toString(),
  };
}

export function entryPosition(entry: LogEntry): Position {
  return { commit: BigInt(entry.commit), prepare: BigInt(entry.prepare) };
}

/** Exponential backoff for resubscribing: 100 ms, 200 ms, 400 ms, ... at most 30 s. */
export function backoffMs(attempt: number): number {
  return Math.min(100 * 2 ** attempt, 30_000);
}

/** The client's errors for a lost or unusable connection (not a refused command). */
export function isConnectionLoss(error: unknown): boolean {
  return [UnavailableError, DeadlineExceededError, TimeoutError, NotLeaderError, CancelledError].some(
    (type) => error instanceof type,
  );
}

/** Connection losses become EVENT_STORE_UNAVAILABLE; everything else passes through. */
export function asStoreError(error: unknown): unknown {
  if (!isConnectionLoss(error)) return error;
  return new EventStoreError(
    'EVENT_STORE_UNAVAILABLE',
    `De event store is niet bereikbaar: ${(error as Error).message}`,
    'unavailable',
  );
}
