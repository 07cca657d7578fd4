import {
  fold,
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
import type { CommandContext } from './context';

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
