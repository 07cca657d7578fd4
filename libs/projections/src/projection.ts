import type { RecordedEvent } from '@signaalspoor/event-store';
import type { PoolClient } from 'pg';

/**
 * A read model built from the global log. The runner calls every method inside a transaction that
 * also moves the projection's checkpoint. A projection also keeps the last position it applied per
 * stream, which makes redelivery harmless (a bus delivers at least once) and tells a reader whether
 * a given stream is up to date.
 */
export interface Projection {
  /** unique; the key of its checkpoint */
  readonly name: string;
  /** bump it whenever applyBatch or the tables change: the runner then rebuilds from position zero */
  readonly version: number;
  /** creates the tables if missing (idempotent) */
  migrate(client: PoolClient): Promise<void>;
  /** drops the tables; the runner calls migrate right after, so a version bump may change their shape */
  reset(client: PoolClient): Promise<void>;
  /**
   * Applies consecutive events of the global log, in order; every event reaches it in exactly one
   * batch that commits. Must ignore what its tables already reflect, so a batch may safely repeat.
   */
  applyBatch(client: PoolClient, events: readonly RecordedEvent[]): Promise<void>;
  /** the last global position applied for this stream (0 when none) */
  appliedPosition(client: PoolClient, streamId: string): Promise<number>;
}
