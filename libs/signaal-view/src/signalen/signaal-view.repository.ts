import type { Pool, PoolClient } from 'pg';
import type { SignaalView, TrajectStap } from './signaal-view';

// Every statement on the signalen read model lives in this file: the tables are a contract of
// this class alone. Callers (queries, cijfers, termijnen, the projection) speak SignaalView.

const TABLES = `
  CREATE TABLE IF NOT EXISTS projectie.signalen (
    signaal_id    text        PRIMARY KEY,
    raad_id       text        NOT NULL,
    thema         text        NOT NULL,
    status        text        NOT NULL,
    ingediend_op  timestamptz NOT NULL,
    gewijzigd_op  timestamptz NOT NULL,
    diensten      text[]      NOT NULL, -- every dienst it was ever routed to
    overschreden  boolean     NOT NULL, -- open, with a deadline reported as passed
    duplicaat_van text,                 -- the main signaal of a duplicate (view.duplicaatVan.signaalId)
    view          jsonb       NOT NULL, -- the SignaalView
    revision      integer     NOT NULL, -- of the last event applied
    position      bigint      NOT NULL  -- of the last event applied
  );
  -- every list is ordered by (ingediend_op DESC, signaal_id): the indexes end in that order, so a
  -- page is read from the index in order, not sorted from every matching row
  CREATE INDEX IF NOT EXISTS signalen_ingediend_op ON projectie.signalen (ingediend_op DESC, signaal_id);
  CREATE INDEX IF NOT EXISTS signalen_raad ON projectie.signalen (raad_id, ingediend_op DESC, signaal_id);
  CREATE INDEX IF NOT EXISTS signalen_raad_status
    ON projectie.signalen (raad_id, status, ingediend_op DESC, signaal_id);
  CREATE INDEX IF NOT EXISTS signalen_status ON projectie.signalen (status, ingediend_op DESC);
  CREATE INDEX IF NOT EXISTS signalen_thema ON projectie.signalen (thema, ingediend_op DESC);
  CREATE INDEX IF NOT EXISTS signalen_diensten ON projectie.signalen USING gin (diensten);
  CREATE INDEX IF NOT EXISTS signalen_duplicaat_van ON projectie.signalen (duplicaat_van, ingediend_op, signaal_id)
    WHERE duplicaat_van IS NOT NULL;

  -- how many signalen each raad has per status, kept by the upsert below: the total of a list
  -- filtered by raad and/or status only (a raad's own list) without counting its rows
  CREATE TABLE IF NOT EXISTS projectie.signalen_aantallen (
    raad_id text    NOT NULL,
    status  text    NOT NULL,
    aantal  integer NOT NULL,
    PRIMARY KEY (raad_id, status)
  );

  CREATE TABLE IF NOT EXISTS projectie.traject (
    position   bigint  PRIMARY KEY,
    signaal_id text    NOT NULL,
    stap       jsonb   NOT NULL -- the TrajectStap
  );
  CREATE INDEX IF NOT EXISTS traject_signaal ON projectie.traject (signaal_id, position);
`;

// Both take a JSON array of rows keyed by column name, so a whole batch is one statement each. The
// upsert also moves the counts per raad and status: every sub-statement sees the table as it was
// before the statement, so \`oud\` holds the rows being replaced.
const UPSERT_SIGNALEN = `
  WITH nieuw AS (SELECT * FROM jsonb_populate_recordset(NULL::projectie.signalen, $1)),
  oud AS (
    SELECT s.raad_id, s.status FROM projectie.signalen s JOIN nieuw USING (signaal_id)
  ),
  bewaard AS (
    INSERT INTO projectie.signalen SELECT * FROM nieuw
    ON CONFLICT (signaal_id) DO UPDATE SET
      raad_id = excluded.raad_id,
      thema = excluded.thema,
      status = excluded.status,
      ingediend_op = excluded.ingediend_op,
      gewijzigd_op = excluded.gewijzigd_op,
      diensten = excluded.diensten,
      overschreden = excluded.overschreden,
      duplicaat_van = excluded.duplicaat_van,
      view = excluded.view,
      revision = excluded.revision,
      position = excluded.position
  )
  INSERT INTO projectie.signalen_aantallen (raad_id, status, aantal)
  SELECT raad_id, status, sum(delta) FROM (
    SELECT raad_id, status, 1 AS delta FROM nieuw
    UNION ALL SELECT raad_id, status, -1 FROM oud
  ) verschil GROUP BY raad_id, status HAVING sum(delta) <> 0
  ON CONFLICT (raad_id, status) DO UPDATE SET aantal = signalen_aantallen.aantal + excluded.aantal
`;
const INSERT_STAPPEN = `
  INSERT INTO projectie.traject
  SELECT * FROM jsonb_populate_recordset(NULL::projectie.traject, $1)
  ON CONFLICT (position) DO NOTHING
`;

const GESLOTEN = `('afgesloten', 'ingetrokken')`;

export interface SignalenFilter {
  /** only signalen of these raden (an empty list matches nothing) */
  raadIds?: string[];
  /** only signalen ever routed to this dienst */
  dienstId?: string;
  status?: string;
  thema?: string;
  /** ISO 8601; ingediendOp >= van */
  van?: string;
  /** ISO 8601; ingediendOp < tot (exclusive, so periods chain without overlap) */
  tot?: string;
  /** only open signalen with a passed deadline */
  overschreden?: boolean;
  limiet: number;
  offset: number;
}

/** A signaal's view with every hop and, when asked for, the views it is linked with as duplicates. */
export interface SignaalMetTraject {
  view: SignaalView;
  stappen: TrajectStap[];
  /** when asked for: the signalen linked as duplicates of this one, oldest first */
  duplicaten?: SignaalView[];
  /** when asked for: the view of its main signaal (null when it is none, or not in the read model) */
  hoofd?: SignaalView | null;
}

export interface SignalenPagina {
  items: SignaalView[];
  total: number;
}

export const CIJFERS_PER = ['raad', 'thema', 'jaar', 'dienst'] as const;
export type CijfersPer = (typeof CIJFERS_PER)[number];

/** Raw figures of one group; cijfers.ts derives rates and rounding. */
export interface CijferRij {
  sleutel: string;
  signalen?: number;
  ingetrokken?: number;
  teruggekoppeld?: number;
  doorsturingen?: number;
  beantwoord?: number;
  teruggestuurd?: number;
  /** median in days, unrounded */
  mediaan: number | null;
}

const JAAR_KEY: Record<Exclude<CijfersPer, 'dienst'>, string> = {
  raad: 'raad_id',
  thema: 'thema',
  jaar: `extract(year FROM ingediend_op AT TIME ZONE 'UTC')::int::text`,
};

/** The signalen read model: SignaalView per signaal and the TrajectStap of every hop. */
export class SignaalViewRepository {
  constructor(private readonly pool: Pool) {}

  async migrate(client: PoolClient): Promise<void> {
    await client.query(TABLES);
  }

  async reset(client: PoolClient): Promise<void> {
    await client.query(
      'DROP TABLE IF EXISTS projectie.signalen, projectie.signalen_aantallen, projectie.traject',
    );
  }

  /** The stored views of these signalen (those that exist). */
  async laad(client: PoolClient, ids: readonly string[]): Promise<Map<string, SignaalView>> {
    const { rows } = await client.query<{ view: SignaalView }>(
      'SELECT view FROM projectie.signalen WHERE signaal_id = ANY($1)',
      [[...new Set(ids)]],
    );
    return new Map(rows.map(({ view }) => [view.id, view]));
  }

  /** Writes the views (insert or replace) and adds the hops, in one statement each. */
  async bewaar(
    client: PoolClient,
    views: readonly SignaalView[],
    stappen: readonly { signaalId: string; stap: TrajectStap }[],
  ): Promise<void> {
    if (views.length) await client.query(UPSERT_SIGNALEN, [JSON.stringify(views.map(rij))]);
    if (stappen.length) {
      const rows = stappen.map(({ signaalId, stap }) => ({
        position: stap.positie,
        signaal_id: signaalId,
        stap,
      }));
      await client.query(INSERT_STAPPEN, [JSON.stringify(rows)]);
    }
  }

  /** The last revision applied per signaal (absent: nothing applied yet). */
  async revisies(client: PoolClient, ids: readonly string[]): Promise<Map<string, number>> {
    const { rows } = await client.query<{ signaal_id: string; revision: number }>(
      'SELECT signaal_id, revision FROM projectie.signalen WHERE signaal_id = ANY($1)',
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.signaal_id, row.revision]));
  }

  async vind(id: string): Promise<SignaalView | null> {
    const { rows } = await this.pool.query<{ view: SignaalView }>(
      'SELECT view FROM projectie.signalen WHERE signaal_id = $1',
      [id],
    );
    return rows[0]?.view ?? null;
  }

  /**
   * The view and every hop, in one statement (so from one snapshot, in one round trip). With
   * `koppelingen`, the same statement also reads the links of duplicates: the duplicates of this
   * signaal (only those of `raadId` when given), oldest first, and the view of its main signaal.
   */
  async traject(id: string, koppelingen?: { raadId?: string }): Promise<SignaalMetTraject | null> {
    const { rows } = await this.pool.query<{
      view: SignaalView;
      stappen: TrajectStap[];
      duplicaten: SignaalView[] | null;
      hoofd: SignaalView | null;
    }>(
      `SELECT s.view,
              coalesce((SELECT json_agg(t.stap ORDER BY t.position) FROM projectie.traject t
                         WHERE t.signaal_id = s.signaal_id), '[]') AS stappen,
              CASE WHEN $2 THEN coalesce((
                SELECT json_agg(d.view ORDER BY d.ingediend_op, d.signaal_id) FROM projectie.signalen d
                 WHERE d.duplicaat_van = s.signaal_id AND ($3::text IS NULL OR d.raad_id = $3)), '[]')
              END AS duplicaten,
              CASE WHEN $2 THEN (SELECT h.view FROM projectie.signalen h WHERE h.signaal_id = s.duplicaat_van)
              END AS hoofd
         FROM projectie.signalen s WHERE s.signaal_id = $1`,
      [id, koppelingen !== undefined, koppelingen?.raadId ?? null],
    );
    const row = rows[0];
    if (!row) return null;
    const { view, stappen } = row;
    return koppelingen
      ? { view, stappen, duplicaten: row.duplicaten ?? [], hoofd: row.hoofd }
      : { view, stappen };
  }

  async lijst(filter: SignalenFilter): Promise<SignalenPagina> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const conditions = [
      // one raad as an equality, so the planner reads its page in order from signalen_raad
      filter.raadIds &&
        (filter.raadIds.length === 1
          ? `raad_id = ${param(filter.raadIds[0])}`
          : `raad_id = ANY(${param(filter.raadIds)})`),
      filter.dienstId !== undefined && `diensten @> ARRAY[${param(filter.dienstId)}]::text[]`,
      filter.status !== undefined && `status = ${param(filter.status)}`,
      filter.thema !== undefined && `thema = ${param(filter.thema)}`,
      filter.van !== undefined && `ingediend_op >= ${param(filter.van)}`,
      filter.tot !== undefined && `ingediend_op < ${param(filter.tot)}`,
      filter.overschreden && 'overschreden',
    ].filter(Boolean);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const paging = `LIMIT $${params.length + 1} OFFSET $${params.length + 2}`;
    // filtered by raad and/or status alone (a raad's own list): the total from the counts per raad
    // and status, the same at any size; otherwise counted (one index scan where an index fits)
    const alleenRaadEnStatus = Object.entries(filter).every(
      ([key, value]) =>
        value === undefined || value === false || ['raadIds', 'status', 'limiet', 'offset'].includes(key),
    );
    const telling = alleenRaadEnStatus
      ? `(SELECT coalesce(sum(aantal), 0) FROM projectie.signalen_aantallen ${where})`
      : `(SELECT count(*) FROM projectie.signalen ${where})`;

    // one statement: the page and the total agree, in one round trip (a subquery rather than
    // count(*) OVER (), which would fetch every matching row)
    const { rows } = await this.pool.query<{ view: SignaalView; total: string }>(
      `SELECT view, ${telling} AS total
         FROM projectie.signalen ${where}
        ORDER BY ingediend_op DESC, signaal_id ${paging}`,
      [...params, filter.limiet, filter.offset],
    );
    if (rows.length || filter.offset === 0) {
      return { items: rows.map((row) => row.view), total: Number(rows[0]?.total ?? 0) };
    }
    // past the last page: the total alone
    const count = await this.pool.query<{ total: string }>(`SELECT ${telling} AS total`, params);
    return { items: [], total: Number(count.rows[0]?.total ?? 0) };
  }

  /** The views of these signalen (those the read model holds). */
  async views(ids: readonly string[]): Promise<Map<string, SignaalView>> {
    const { rows } = await this.pool.query<{ view: SignaalView }>(
      'SELECT view FROM projectie.signalen WHERE signaal_id = ANY($1)',
      [[...new Set(ids)]],
    );
    return new Map(rows.map(({ view }) => [view.id, view]));
  }

  /** The signalen linked as duplicates of `hoofdId`, oldest first; `raadId` limits them to one raad's. */
  async duplicatenVan(hoofdId: string, raadId?: string): Promise<SignaalView[]> {
    const { rows } = await this.pool.query<{ view: SignaalView }>(
      `SELECT view FROM projectie.signalen
        WHERE duplicaat_van = $1 AND ($2::text IS NULL OR raad_id = $2)
        ORDER BY ingediend_op, signaal_id`,
      [hoofdId, raadId ?? null],
    );
    return rows.map((row) => row.view);
  }

  /** A raad's signalen that are open, or were settled (closed, withdrawn) since `sinds`; oldest first. */
  async agenda(raadId: string, sinds: string): Promise<SignaalView[]> {
    const { rows } = await this.pool.query<{ view: SignaalView }>(
      `SELECT view FROM projectie.signalen
        WHERE raad_id = $1 AND (status NOT IN ${GESLOTEN} OR gewijzigd_op >= $2)
        ORDER BY ingediend_op, signaal_id`,
      [raadId, sinds],
    );
    return rows.map((row) => row.view);
  }

  /** Open signalen after `na` in id order (keyset paging, stable while signalen close). */
  async open(na: string, limiet: number): Promise<SignaalView[]> {
    const { rows } = await this.pool.query<{ view: SignaalView }>(
      `SELECT view FROM projectie.signalen
        WHERE status NOT IN ${GESLOTEN} AND signaal_id > $1
        ORDER BY signaal_id LIMIT $2`,
      [na, limiet],
    );
    return rows.map((row) => row.view);
  }

  /**
   * Counts and medians per group, optionally over the signalen submitted in one year (UTC). A
   * duplicate counts once, as its main signaal: duplicates are left out.
   */
  async cijfers(per: CijfersPer, jaar?: number): Promise<CijferRij[]> {
    const inYear = `($1::int IS NULL OR extract(year FROM ingediend_op AT TIME ZONE 'UTC') = $1)
      AND NOT (view ? 'duplicaatVan')`;
    if (per === 'dienst') {
      const { rows } = await this.pool.query(
        `SELECT d->>'dienstId' AS sleutel, count(*) AS doorsturingen,
                count(d->'beantwoordOp') AS beantwoord, count(d->'teruggestuurdOp') AS teruggestuurd,
                percentile_cont(0.5) WITHIN GROUP (
                  ORDER BY extract(epoch FROM (d->>'beantwoordOp')::timestamptz - (d->>'doorgestuurdOp')::timestamptz) / 86400
                ) AS mediaan
           FROM projectie.signalen, jsonb_array_elements(view->'doorsturingen') d
          WHERE ${inYear}
          GROUP BY 1 ORDER BY 1`,
        [jaar ?? null],
      );
      return rows.map((r) => ({
        sleutel: r.sleutel,
        doorsturingen: Number(r.doorsturingen),
        beantwoord: Number(r.beantwoord),
        teruggestuurd: Number(r.teruggestuurd),
        mediaan: r.mediaan === null ? null : Number(r.mediaan),
      }));
    }
    const { rows } = await this.pool.query(
      `WITH s AS (
         SELECT ${JAAR_KEY[per]} AS sleutel, status, ingediend_op,
                (SELECT min((t->>'op')::timestamptz) FROM jsonb_array_elements(view->'terugkoppelingen') t
                  WHERE (t->>'definitief')::boolean) AS definitief_op
           FROM projectie.signalen
          WHERE ${inYear}
       )
       SELECT sleutel, count(*) AS signalen, count(*) FILTER (WHERE status = 'ingetrokken') AS ingetrokken,
              count(definitief_op) FILTER (WHERE status <> 'ingetrokken') AS teruggekoppeld,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM definitief_op - ingediend_op) / 86400) AS mediaan
         FROM s GROUP BY 1 ORDER BY 1`,
      [jaar ?? null],
    );
    return rows.map((r) => ({
      sleutel: r.sleutel,
      signalen: Number(r.signalen),
      ingetrokken: Number(r.ingetrokken),
      teruggekoppeld: Number(r.teruggekoppeld),
      mediaan: r.mediaan === null ? null : Number(r.mediaan),
    }));
  }
}

/** The row of projectie.signalen for a view, keyed by column. */
function rij(view: SignaalView): Record<string, unknown> {
  const open = view.status !== 'afgesloten' && view.status !== 'ingetrokken';
  return {
    signaal_id: view.id,
    raad_id: view.raadId,
    thema: view.thema,
    status: view.status,
    ingediend_op: view.ingediendOp,
    gewijzigd_op: view.gewijzigdOp,
    diensten: [...new Set(view.doorsturingen.map((d) => d.dienstId))],
    overschreden: open && view.overschredenTermijnen.length > 0,
    duplicaat_van: view.duplicaatVan?.signaalId ?? null,
    view,
    revision: view.revision,
    position: view.positie,
  };
}
