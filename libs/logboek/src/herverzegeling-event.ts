import type { RecordedEvent } from '@signaalspoor/event-store';

/** The stream of the log's own events (system events about the log, not about a signaal). */
export const LOGBOEK_STREAM = 'logboek';

/** The system event that seals, once, the events written before seals existed. */
export const LOGBOEK_HERVERZEGELD = 'LogboekHerverzegeld';

/**
 * What a resealing states, in the log itself: events `van`..`tot` were written without a seal (by a
 * release before the seals), the SHA-256 chain at `tot` had hash `hash` when the owner of key
 * `sleutel` checked and sealed them, at `tijd`. The event is sealed with that key like any other, so
 * whoever lacks the key can neither forge such an event nor change an event of the range: the chain
 * at `tot` would no longer have this hash.
 */
export interface Herverzegeling {
  van: number;
  tot: number;
  hash: string;
  /** how many events of the range had no seal */
  aantal: number;
  /** id of the seal key (sleutelId): which key vouches for the range */
  sleutel: string;
  tijd: string;
}

export const isHerverzegeling = (event: Pick<RecordedEvent, 'streamId' | 'type'>): boolean =>
  event.streamId === LOGBOEK_STREAM && event.type === LOGBOEK_HERVERZEGELD;
