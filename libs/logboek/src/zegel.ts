import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NewEvent, RecordedEvent } from '@signaalspoor/event-store';
import { canonicalJson } from '@signaalspoor/event-store';

/**
 * The seal of one event, kept in its metadata: an HMAC-SHA256, with a key outside the database, over
 * the stream, the revision (when the writer knows it), the event id, type, data and metadata. Whoever
 * writes to the database without the key cannot make a seal that verifies.
 */
export interface Zegel {
  mac: string;
  /** the stream revision the writer expected this event to get */
  revisie?: number;
  /** id of the key that made it (sleutelId); absent on seals made before key ids */
  sleutel?: string;
}

/**
 * The keys a seal may verify with: the current one (which makes every new seal) and earlier ones,
 * each with its id, so a rotated key's seals keep verifying. A bare Buffer is a ring of one key
 * without an id (offline checks, tests, benches).
 */
export type MacSleutels =
  | Buffer
  | { macKey: Buffer; sleutelId: string; eerdere?: ReadonlyArray<{ macKey: Buffer; sleutelId: string }> };

export const ZEGEL_VELD = 'zegel';

interface Sealable {
  streamId: string;
  id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: object;
}

function macOf(key: Buffer, event: Sealable, revisie: number | undefined): string {
  const { [ZEGEL_VELD]: _zegel, ...metadata } = event.metadata as Record<string, unknown>;
  return createHmac('sha256', key)
    .update(
      canonicalJson({
        streamId: event.streamId,
        revisie: revisie ?? null,
        id: event.id.toLowerCase(),
        type: event.type,
        data: event.data,
        metadata,
      }),
    )
    .digest('hex');
}

/** The event with its seal in the metadata, made with the current key (and naming it, when it has an id). */
export function verzegel(keys: MacSleutels, streamId: string, event: NewEvent, revisie?: number): NewEvent {
  const key = Buffer.isBuffer(keys) ? keys : keys.macKey;
  const zegel: Zegel = {
    mac: macOf(key, { ...event, streamId }, revisie),
    ...(revisie !== undefined && { revisie }),
    ...(!Buffer.isBuffer(keys) && { sleutel: keys.sleutelId }),
  };
  return { ...event, metadata: { ...event.metadata, [ZEGEL_VELD]: zegel } as NewEvent['metadata'] };
}

/** The reason an event without a seal is refused, unless a resealing covers it (herverzegeling.ts). */
export const GEEN_ZEGEL = 'het event heeft geen zegel';

/** Whether the event was written with a seal at all (it may still be a bad one). */
export const heeftZegel = (event: Pick<RecordedEvent, 'metadata'>): boolean => {
  const zegel = (event.metadata as unknown as Record<string, unknown>)[ZEGEL_VELD] as Zegel | undefined;
  return typeof zegel?.mac === 'string';
};

/** The keys to try for a seal: the one it names, else (a seal from before key ids) every key of the ring. */
function kandidaten(keys: MacSleutels, sleutel: string | undefined): Buffer[] {
  // the common case, without building the ring: one key, or the seal names the current one
  if (Buffer.isBuffer(keys)) return [keys];
  if (sleutel === keys.sleutelId || (sleutel === undefined && !keys.eerdere?.length)) return [keys.macKey];
  const ring = [keys, ...(keys.eerdere ?? [])];
  if (sleutel === undefined) return ring.map((entry) => entry.macKey);
  return ring.filter((entry) => entry.sleutelId === sleutel).map((entry) => entry.macKey);
}

/** Why a stored event's seal does not hold, or undefined when it does. */
export function zegelFout(keys: MacSleutels, event: RecordedEvent): string | undefined {
  const zegel = (event.metadata as unknown as Record<string, unknown>)[ZEGEL_VELD] as Zegel | undefined;
  if (!zegel || !heeftZegel(event)) return GEEN_ZEGEL;
  if (zegel.revisie !== undefined && zegel.revisie !== event.revision)
    return `het event staat op revisie ${event.revision}, verzegeld voor revisie ${zegel.revisie}`;
  const given = Buffer.from(zegel.mac, 'hex');
  const sleutels = kandidaten(keys, zegel.sleutel);
  if (sleutels.length === 0)
    return `het zegel is gemaakt met sleutel ${zegel.sleutel}, die niet bij de huidige of eerdere sleutels hoort`;
  for (const key of sleutels) {
    const expected = Buffer.from(macOf(key, event, zegel.revisie), 'hex');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return undefined;
  }
  return 'het zegel klopt niet: het event is gewijzigd of vervalst';
}

/** The chain as the PostgreSQL event store computes it: its first link's previous hash, and a link. */
export { chainHash, GENESIS_HASH } from '@signaalspoor/event-store';
