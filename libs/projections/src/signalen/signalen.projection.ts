import { bal, evolve, type SignaalState } from '@signaalspoor/domain';
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

const UPSERT_SIGNAAL = `
  INSERT INTO projectie.signalen (
    signaal_id, raad_id, thema, status, titel, bron, ingediend_op, gewijzigd_op,
    bal_bij, diensten, open_diensten, state, position, revision
  )
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
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

const INSERT_HOP = `
  INSERT INTO projectie.traject (position, signaal_id, revision, type, actor, at, duur_ms, bal, gegevens)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
`;

interface StoredSignaal {
  state: SignaalState;
  position: string;
  gewijzigd_op: Date;
}

/** The current state of every signaal (for detail and lists) and every hop of its traject. */
export class SignalenProjection implements Projection {
  readonly name = 'signalen';
  readonly version = 1;

  async migrate(client: PoolClient): Promise<void> {
    await client.query(TABLES);
  }

  async reset(client: PoolClient): Promise<void> {
    await client.query('DROP TABLE IF EXISTS projectie.signalen, projectie.traject');
  }

  async apply(client: PoolClient, event: RecordedEvent): Promise<void> {
    if (!isSignaalEvent(event)) return;
    const signaalId = signaalIdOf(event);
    const { rows } = await client.query<StoredSignaal>(
      'SELECT state, position, gewijzigd_op FROM projectie.signalen WHERE signaal_id = $1',
      [signaalId],
    );
    const previous = rows[0];
    // idempotent: an event this row already reflects changes nothing
    if (previous && Number(previous.position) >= event.position) return;

    const domainEvent = toSignaalEvent(event);
    const state = evolve(previous?.state ?? null, domainEvent);
    // the domain ignores events of a stream that never started with SignaalIngediend; so do we
    if (!state) return;
    const now = bal(state);

    await client.query(UPSERT_SIGNAAL, [
      signaalId,
      state.raadId,
      state.thema,
      state.status,
      state.titel,
      state.bron,
      state.ingediendOp,
      domainEvent.at,
      now.bij,
      [...new Set(state.doorsturingen.map((d) => d.dienstId))],
      openDiensten(now),
      state,
      event.position,
      event.revision,
    ]);
    await client.query(INSERT_HOP, [
      event.position,
      signaalId,
      event.revision,
      event.type,
      event.metadata.actor,
      domainEvent.at,
      previous ? duurMs(previous.gewijzigd_op.toISOString(), domainEvent.at) : null,
      now,
      gegevensVan(domainEvent.data as unknown as Record<string, unknown>),
    ]);
  }
}
