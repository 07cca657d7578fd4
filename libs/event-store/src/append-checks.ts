// What every adapter checks of an append before it takes its turn: the same refusals, the same words.
import { EventStoreError } from './errors';
import type { NewEvent } from './event-store.port';
import { canonicalJson } from './postgres/canonical-json';

/** An append's events as checked: their ids in lower case and their data and metadata as canonical JSON. */
export interface CheckedAppend {
  ids: string[];
  json: { data: string; metadata: string }[];
}

/**
 * The append's event ids in lower case (ids are UUIDs, compared without case) and its events' JSON,
 * serialised once, when append is called. Refuses an id used twice in the append, and an event whose
 * data or metadata has no JSON form (BigInt, a cycle, a throwing toJSON) before it is queued.
 */
export function checkAppend(streamId: string, events: NewEvent[]): CheckedAppend {
  const ids = events.map((event) => event.id.toLowerCase());
  if (new Set(ids).size !== ids.length) throw duplicateEventId(streamId, 'twice in one append');
  const json = events.map((event, index) => {
    try {
      return { data: canonicalJson(event.data), metadata: canonicalJson(event.metadata) };
    } catch (cause) {
      throw new TypeError(
        `Event ${index} (${event.type}) voor stream ${streamId} is niet als JSON te bewaren: ${(cause as Error).message}`,
        { cause },
      );
    }
  });
  return { ids, json };
}

export function duplicateEventId(streamId: string, reason: string): EventStoreError {
  return new EventStoreError(
    'DUPLICATE_EVENT_ID',
    `Dubbel event-id bij stream ${streamId}: ${reason}.`,
    'conflict',
  );
}
