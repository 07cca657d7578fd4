import { bal, evolve, SIGNAAL_STREAM_PREFIX, type Bal, type SignaalState } from '@signaalspoor/domain';
import type { RecordedEvent } from '@signaalspoor/event-store';
import { isSignaalEvent, signaalIdOf, toSignaalEvent } from '@signaalspoor/signaal-store';
import type { PoolClient } from 'pg';
import type { Projection } from '../projection';
import { duurMs, gegevensVan, openDiensten } from './traject';

const TABLES = `
  CREATE TABLE IF NOT EXISTS projectie.signalen (
    signaal_id    text        PRIMARY KEY,
    raad_id       text        NOT NULL,
    thema         text        NOT NULL,
    status        text        NOT NULL,
    titel         text        NOT NULL,
    bron          text        NOT NULL,
    ingediend_op  timestamptz NOT NULL,
    gewijzigd_op  timestamptz NOT NULL,
    bal_bij       text        NOT NULL,
    diensten      text[]      NOT NULL, -- every dienst it was ever routed to
    open_diensten text[]      NOT NULL, -- the diensten with an open doorsturing
    state         jsonb       NOT NULL, -- the domain SignaalState
    position      bigint      NOT NULL, -- of the last event applied
    revision      integer     NOT NULL
  );
  CREATE INDEX IF NOT EXISTS signalen_ingediend_op ON projectie.signalen (ingediend_op DESC, signaal_id);
  CREATE INDEX IF NOT EXISTS signalen_raad ON projectie.signalen (raad_id, ingediend_op DESC);
  CREATE INDEX IF NOT EXISTS signalen_status ON projectie.signalen (status, ingediend_op DESC);
  CREATE INDEX IF NOT EXISTS signalen_thema ON projectie.signalen (thema, ingediend_op DESC);
  CREATE INDEX IF NOT EXISTS signalen_diensten ON projectie.signalen USING gin (diensten);

  CREATE TABLE IF NOT EXISTS projectie.traject (
    position   bigint      PRIMARY KEY,
    signaal_id text        NOT NULL,
    revision   integer     NOT NULL,
    type       text        NOT NULL,
    actor      jsonb       NOT NULL,
    at         timestamptz NOT NULL, -- when it happened (occurredAt)
    duur_ms    bigint,               -- since the previous hop of the signaal; null for the first
    bal        jsonb       NOT NULL, -- whose court after this hop
    gegevens   jsonb       NOT NULL  -- the event's data without personal data
  );
  CREATE INDEX IF NOT EXISTS traject_signaal ON projectie.traject (signaal_id, position);
`;

// Both take a JSON array of rows keyed by column name, so a whole batch is one statement each.
const UPSERT_SIGNALEN = `
  INSERT INTO projectie.signalen
  SELECT * FROM jsonb_populate_recordset(NULL::projectie.signalen, $1)
  ON CONFLICT (signaal_id) DO UPDATE SET
    raad_id = excluded.raad_id,
    thema = excluded.thema,
    status = excluded.status,
    titel = excluded.titel,
    bron = excluded.bron,
    ingediend_op = excluded.ingediend_op,
    gewijzigd_op = excluded.gewijzigd_op,
    bal_bij = excluded.bal_bij,
    diensten = excluded.diensten,
    open_diensten = excluded.open_diensten,
    state = excluded.state,
    position = excluded.position,
    revision = excluded.revision
`;

const INSERT_HOPS = `
  INSERT INTO projectie.traject
  SELECT * FROM jsonb_populate_recordset(NULL::projectie.traject, $1)
`;

interface StoredSignaal {
  signaal_id: string;
  state: SignaalState;
  position: string;
  gewijzigd_op: Date;
}

/** A signaal as the database and the batch so far have left it. */
interface Latest {
  state: SignaalState;
  position: number;
  /** ISO time of its last hop */
  gewijzigdOp: string;
}

/** The current state of every signaal (for detail and lists) and every hop of its traject. */
export class SignalenProjection implements Projection {
  readonly name = 'signalen';
  readonly version = 2; // 2: SignaalState.eersteVraagOp

  async migrate(client: PoolClient): Promise<void> {
    await client.query(TABLES);
  }

  async reset(client: PoolClient): Promise<void> {
    await client.query('DROP TABLE IF EXISTS projectie.signalen, projectie.traject');
  }

  /** Folds the batch in memory over the stored rows, then writes each table in one statement. */
  async appliedPosition(client: PoolClient, streamId: string): Promise<number> {
    const { rows } = await client.query<{ position: string }>(
      'SELECT position FROM projectie.signalen WHERE signaal_id = $1',
      [streamId.slice(SIGNAAL_STREAM_PREFIX.length)],
    );
    return rows.length ? Number(rows[0].position) : 0;
  }

  async applyBatch(client: PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    const relevant = events.filter(isSignaalEvent);
    if (!relevant.length) return;
    const latest = await load(client, relevant.map(signaalIdOf));
    const signalen = new Map<string, Record<string, unknown>>();
    const hops: Record<string, unknown>[] = [];

    for (const event of relevant) {
      const signaalId = signaalIdOf(event);
      const previous = latest.get(signaalId);
      // idempotent: an event this signaal already reflects changes nothing
      if (previous && previous.position >= event.position) continue;

      const domainEvent = toSignaalEvent(event);
      const state = evolve(previous?.state ?? null, domainEvent);
      // the domain ignores events of a stream that never started with SignaalIngediend; so do we
      if (!state) continue;

      const now = bal(state);
      latest.set(signaalId, { state, position: event.position, gewijzigdOp: domainEvent.at });
      signalen.set(signaalId, signaalRow(signaalId, state, now, event, domainEvent.at));
      hops.push({
        position: event.position,
        signaal_id: signaalId,
        revision: event.revision,
        type: event.type,
        actor: event.metadata.actor,
        at: domainEvent.at,
        duur_ms: previous ? duurMs(previous.gewijzigdOp, domainEvent.at) : null,
        bal: now,
        gegevens: gegevensVan(domainEvent.data as unknown as Record<string, unknown>),
      });
    }
    if (!hops.length) return;

    await client.query(UPSERT_SIGNALEN, [JSON.stringify([...signalen.values()])]);
    await client.query(INSERT_HOPS, [JSON.stringify(hops)]);
  }
}

async function load(client: PoolClient, signaalIds: string[]): Promise<Map<string, Latest>> {
  const { rows } = await client.query<StoredSignaal>(
    `SELECT signaal_id, state, position, gewijzigd_op FROM projectie.signalen
     WHERE signaal_id = ANY($1)`,
    [[...new Set(signaalIds)]],
  );
  return new Map(
    rows.map((row) => [
      row.signaal_id,
      {
        state: row.state,
        position: Number(row.position),
        gewijzigdOp: row.gewijzigd_op.toISOString(),
      },
    ]),
  );
}

/** The row of projectie.signalen after `event`, keyed by column. */
function signaalRow(
  signaalId: string,
  state: SignaalState,
  now: Bal,
  event: RecordedEvent,
  gewijzigdOp: string,
): Record<string, unknown> {
  return {
    signaal_id: signaalId,
    raad_id: state.raadId,
    thema: state.thema,
    status: state.status,
    titel: state.titel,
    bron: state.bron,
    ingediend_op: state.ingediendOp,
    gewijzigd_op: gewijzigdOp,
    bal_bij: now.bij,
    diensten: [...new Set(state.doorsturingen.map((d) => d.dienstId))],
    open_diensten: openDiensten(now),
    state,
    position: event.position,
    revision: event.revision,
  };
}
