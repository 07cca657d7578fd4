import {
  SCHEMA_VERSIONS,
  SIGNAAL_EVENT_TYPES,
  SIGNAAL_STREAM_PREFIX,
  type Actor,
  type SignaalEvent,
  upcast,
} from '@signaalspoor/domain';
import type { NewEvent, RecordedEvent } from '@signaalspoor/event-store';
import { randomUUID } from 'node:crypto';

/** Why and on whose behalf events are written. */
export interface CommandContext {
  actor: Actor;
  correlationId: string;
  /** id of the message (request, event) that caused this command */
  causationId: string;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(SIGNAAL_EVENT_TYPES);

export const isSignaalEvent = (event: RecordedEvent): boolean =>
  event.streamId.startsWith(SIGNAAL_STREAM_PREFIX) && KNOWN_TYPES.has(event.type);

export const signaalIdOf = (event: RecordedEvent): string =>
  event.streamId.slice(SIGNAAL_STREAM_PREFIX.length);

export function toNewEvent(event: SignaalEvent, context: CommandContext): NewEvent {
  const { rol, id } = context.actor;
  return {
    id: randomUUID(),
    type: event.type,
    data: event.data as unknown as Record<string, unknown>,
    metadata: {
      actor: { rol, id },
      correlationId: context.correlationId,
      causationId: context.causationId,
      schemaVersion: SCHEMA_VERSIONS[event.type],
      occurredAt: event.at,
    },
  };
}

/** A stored event as the domain sees it, upcast to the current schema version. */
export function toSignaalEvent(event: RecordedEvent): SignaalEvent {
  const { data } = upcast(event.type, event.metadata.schemaVersion, event.data);
  return { type: event.type, data, at: event.metadata.occurredAt ?? event.recordedAt } as SignaalEvent;
}
