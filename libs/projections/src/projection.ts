import type { RecordedEvent } from '@signaalspoor/event-store';
import type { PoolClient } from 'pg';

/**
 * A read model built from the global log. The runner calls every method inside a transaction that
 * also moves the projection's checkpoint. A projection keeps the last revision and position it
 * applied per stream: that makes redelivery harmless (a bus delivers at least once), lets the feed
 * find a gap and repair it from the event store, and tells a reader whether a stream is up to date.
 */
export interface Projection {
  /** unique; the key of its checkpoint */
  readonly name: string;
  /** bump it whenever applyBatch or the tables change: the runner then rebuilds from position zero */
  readonly version: number;
  /** whether events of this stream concern the projection */
  follows(streamId: string): boolean;
  /** creates the tables if missing (idempotent) */
  migrate(client: PoolClient): Promise<void>;
  /** drops the tables; the runner calls migrate right after, so a version bump may change their shape */
  reset(client: PoolClient): Promise<void>;
  /**
   * Applies events in global order; every event reaches it in exactly one batch that commits. Must
   * ignore what its tables already reflect (a batch may repeat), and must never skip: an event whose
   * revision is not the next of its stream, or that it cannot apply, throws a ProjectieFout.
   */
  applyBatch(client: PoolClient, events: readonly RecordedEvent[]): Promise<void>;
  /** the last revision applied per stream; a stream without any is absent */
  appliedRevisions(client: PoolClient, streamIds: readonly string[]): Promise<Map<string, number>>;
}

/**
 * An event a projection cannot apply: `gat` when the revisions before it are missing (repairable
 * from the event store), `onverwerkbaar` when the event itself cannot be applied.
 */
export class ProjectieFout extends Error {
  constructor(
    readonly soort: 'gat' | 'onverwerkbaar',
    readonly event: RecordedEvent,
    message: string,
  ) {
    super(`${message} (${event.type} ${event.streamId}@${event.revision}, positie ${event.position})`);
    this.name = 'ProjectieFout';
  }
}

/**
 * Checks that `event` continues its stream after `applied` (the last revision applied, undefined
 * for none): returns false for an event already applied, throws a gap for a later one.
 */
export function volgtOp(applied: number | undefined, event: RecordedEvent): boolean {
  const next = applied === undefined ? 0 : applied + 1;
  if (event.revision < next) return false;
  if (event.revision > next) {
    throw new ProjectieFout('gat', event, `revisie ${next} ontbreekt`);
  }
  return true;
}
