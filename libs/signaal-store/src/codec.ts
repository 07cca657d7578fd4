// What a command on a signaal writes and what the store hands back: the command's context and ids,
// the domain's events as the store's and the store's as the domain's.
import {
  fold,
  type Actor,
  SCHEMA_VERSIONS,
  SIGNAAL_EVENT_TYPES,
  SIGNAAL_STREAM_PREFIX,
  type OnleesbaarEvent,
  type SignaalEvent,
  type SignaalEventType,
  type SignaalState,
  upcast,
} from '@signaalspoor/domain';
import type { NewEvent, RecordedEvent } from '@signaalspoor/event-store';
import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';

/**
 * Why, on whose behalf and under which conditions a command's events are written. The HTTP edge
 * reads it from the request as is (CommandVerzoek in libs/http).
 */
export interface CommandContext {
  actor: Actor;
  correlationId: string;
  /** id of the message (request, event) that caused this command */
  causationId: string;
  /**
   * The client's Idempotency-Key: every id the command creates (signaal, doorsturing, events) then
   * derives from the key and the whole actor, so a retry makes the same ids (see commandIds).
   */
  idempotencyKey?: string;
  /** If-Match: the stream revisions the caller has seen; the command is refused (412) on any other */
  ifMatch?: number[];
}

/** The namespace of every id derived from an Idempotency-Key (UUIDv5, RFC 9562). */
const NAMESPACE = '5b0c7f4e-3a9d-4f2e-9c61-0d8a2e7b1f35';

/** Makes the ids of one command: random without an Idempotency-Key, derived from it with one. */
export interface CommandIds {
  /** the id of a thing the command creates, by name ('signaal', 'doorsturing') */
  of(name: string): string;
  /** the id of the command's event at this index */
  event(index: number): string;
}

/**
 * Ids derived from (principal, key, name or index) with UUIDv5. The principal is the whole identity
 * (rol, id, raad, dienst): one person acting for two raden with one key makes two commands.
 */
export function commandIds(context: Pick<CommandContext, 'actor' | 'idempotencyKey'>): CommandIds {
  const key = context.idempotencyKey;
  if (key === undefined) return { of: () => randomUUID(), event: () => randomUUID() };
  const { rol, id, raadId, dienstId } = context.actor;
  const seed = uuidv5(JSON.stringify([rol, id, raadId ?? null, dienstId ?? null, key]), NAMESPACE);
  return { of: (name) => uuidv5(name, seed), event: (index) => uuidv5(`event:${index}`, seed) };
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(SIGNAAL_EVENT_TYPES);

/**
 * Whether this version of the code can read a stored event: a known type in a schema version it
 * knows. Events a newer version wrote (during a rolling upgrade) are not readable.
 */
export const isReadable = (event: RecordedEvent): boolean =>
  KNOWN_TYPES.has(event.type) &&
  event.metadata.schemaVersion <= SCHEMA_VERSIONS[event.type as SignaalEventType];

/** An event of a signaal stream of a type this code knows (its schema version may still be too new). */
export const isSignaalEvent = (event: RecordedEvent): boolean =>
  event.streamId.startsWith(SIGNAAL_STREAM_PREFIX) && KNOWN_TYPES.has(event.type);

export const signaalIdOf = (event: RecordedEvent): string =>
  event.streamId.slice(SIGNAAL_STREAM_PREFIX.length);

export function toNewEvent(event: SignaalEvent, context: CommandContext, id: string): NewEvent {
  const { rol, id: actorId } = context.actor;
  return {
    id,
    type: event.type,
    data: event.data as unknown as Record<string, unknown>,
    metadata: {
      actor: { rol, id: actorId },
      correlationId: context.correlationId,
      causationId: context.causationId,
      schemaVersion: SCHEMA_VERSIONS[event.type],
      occurredAt: event.at,
    },
  };
}

/**
 * A stored event as the domain sees it, upcast to the current schema version. Throws on a schema
 * version newer than this code knows: a projection then stops and retries rather than skip a fact.
 */
export function toSignaalEvent(event: RecordedEvent): SignaalEvent {
  const { data } = upcast(event.type, event.metadata.schemaVersion, event.data);
  return { type: event.type, data, at: event.metadata.occurredAt ?? event.recordedAt } as SignaalEvent;
}

/** Any stored event of a signaal stream as the domain sees it: unreadable ones become OnleesbaarEvent. */
export function readSignaalEvent(event: RecordedEvent): SignaalEvent | OnleesbaarEvent {
  if (isReadable(event)) return toSignaalEvent(event);
  const { schemaVersion } = event.metadata;
  return {
    type: 'Onleesbaar',
    data: { type: event.type, schemaVersion },
    at: event.metadata.occurredAt ?? event.recordedAt,
  };
}

/** The state of a signaal folded from its stored events; never fails on an event it cannot read. */
export const foldSignaal = (events: readonly RecordedEvent[]): SignaalState | null =>
  fold(events.map(readSignaalEvent));
