import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { createPool } from '@signaalspoor/database';
import { SIGNAAL_STREAM_PREFIX, type TermijnBeleid } from '@signaalspoor/domain';
import type { RecordedEvent } from '@signaalspoor/event-store';
import { inTransaction } from '@signaalspoor/projections';
import { createTestDatabase, type TestDatabase } from '@signaalspoor/testing';
import { SignaalViewRepository } from '../signaal-view.repository';
import { SignalenProjection } from '../signalen.projection';

/** One event for `toepasser`: signaal, type, data and the day of May 2025 it happened. */
export type Gebeurtenis = [signaalId: string, type: string, data: Record<string, unknown>, day: number];

/** 9:00 UTC on that day of May 2025 */
export const op = (day: number) => new Date(Date.UTC(2025, 4, day, 9)).toISOString();

/** An event of signaal `signaalId` as the log hands it over: by the wijkmanager of Oost, at `at`. */
export const gelogd = (
  signaalId: string,
  type: string,
  data: Record<string, unknown>,
  { revision, position, at }: { revision: number; position: number; at: string },
): RecordedEvent => ({
  id: randomUUID(),
  streamId: SIGNAAL_STREAM_PREFIX + signaalId,
  type,
  revision,
  position,
  recordedAt: at,
  data,
  metadata: {
    actor: { rol: 'wijkmanager', id: 'wm-oost' },
    correlationId: randomUUID(),
    causationId: randomUUID(),
    schemaVersion: 1,
    occurredAt: at,
  },
});

/**
 * Applies events to the projection as the log would hand them over: one stream per signaal, revision
 * and position in order, one batch per call. Both are asked for at each call (set in a beforeAll).
 */
export function toepasser(pool: () => Pool, projection: () => SignalenProjection) {
  let position = 0;
  const revisions = new Map<string, number>();
  return (...events: Gebeurtenis[]) =>
    inTransaction(pool(), (client) =>
      projection().applyBatch(
        client,
        events.map(([signaalId, type, data, day]) => {
          const revision = (revisions.get(signaalId) ?? -1) + 1;
          revisions.set(signaalId, revision);
          return gelogd(signaalId, type, data, { revision, position: ++position, at: op(day) });
        }),
      ),
    );
}

/**
 * The signalen read model on a fresh database of the server, made in beforeAll: its repository (with
 * this deadline policy, if any) and `apply` to hand it events; the pool ended and the database dropped
 * in afterAll.
 */
export function leesmodelSuite(serverUrl: string, beleid?: TermijnBeleid) {
  let model:
    | { database: TestDatabase; pool: Pool; views: SignaalViewRepository; projection: SignalenProjection }
    | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase(serverUrl);
    const pool = createPool(database.url);
    const views = new SignaalViewRepository(pool, 'projectie', beleid);
    const projection = new SignalenProjection(views);
    model = { database, pool, views, projection };
    await inTransaction(pool, (client) => projection.migrate(client));
  });
  afterAll(async () => {
    await model?.pool.end();
    await model?.database.drop();
  });
  return {
    get pool() {
      return model!.pool;
    },
    get views() {
      return model!.views;
    },
    apply: toepasser(
      () => model!.pool,
      () => model!.projection,
    ),
  };
}
