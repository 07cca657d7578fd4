import { createHash } from 'node:crypto';
import type { EventMetadataInput, RecordedEvent } from '../event-store.port';
import { canonicalJson } from './canonical-json';

/** A row of the events table as EVENT_COLUMNS selects it. */
export interface EventRow {
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

export function toRecorded(row: EventRow): RecordedEvent {
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

/** The SHA-256 chain link: sha256(previous hash || canonical JSON of the event), as signaalspoor_append computes it. */
export function chainHash(previous: string, event: RecordedEvent): string {
  return createHash('sha256')
    .update(previous)
    .update(
      canonicalJson({
        position: event.position,
        eventId: event.id,
        streamId: event.streamId,
        revision: event.revision,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
        recordedAt: event.recordedAt,
      }),
    )
    .digest('hex');
}
