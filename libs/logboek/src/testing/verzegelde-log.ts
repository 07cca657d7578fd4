import type { NewEvent } from '@signaalspoor/event-store';
import { auditSleutels } from '../sleutels';
import type { StoredEvent } from '../verifier';
import { chainHash, GENESIS_HASH, verzegel, type MacSleutels } from '../zegel';

/** The log's keys in the unit specs. */
export const sleutels = auditSleutels('a-secret-of-at-least-thirty-two-characters');

/** A sealed, chained log of `count` SignaalIngediend events, one stream each, as the store keeps it. */
export function verzegeldeLog(count: number, key: MacSleutels = sleutels.macKey): StoredEvent[] {
  let hash = GENESIS_HASH;
  return Array.from({ length: count }, (_, index) => {
    const fresh: NewEvent = {
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      type: 'SignaalIngediend',
      data: { titel: `signaal ${index}` },
      metadata: {
        actor: { rol: 'raad', id: 'r' },
        correlationId: 'c',
        causationId: 'c',
        schemaVersion: 1,
        occurredAt: '2026-01-01T00:00:00.000Z',
      },
    };
    const event = {
      ...verzegel(key, `signaal-${index}`, fresh, 0),
      streamId: `signaal-${index}`,
      revision: 0,
      position: index + 1,
      recordedAt: '2026-01-01T00:00:00.000000Z',
    };
    hash = chainHash(hash, event);
    return { ...event, hash };
  });
}
