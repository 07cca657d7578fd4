import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import {
  AFGEHANDELD,
  lopendeTermijnen,
  volgendeTermijnActie,
  type Kader,
  type TermijnBeleid,
} from '@signaalspoor/domain';
import { stateOf, type DoorsturingView, type SignaalView, type TrajectHop } from './signaal-view';
import type { Vergelijkbaar } from './suggesties';

// Every statement on the signalen read model lives in this file: the tables are a contract of
// this class alone. Callers (queries, cijfers, termijnen, the projection) speak SignaalView.

// Full-text search: Dutch stemming with accents removed (`zoek`), and the same without stemming
// (`zoek_ruw`) for prefixes, since a stem is not always a prefix of the longer word's stem
// ("oversteek" stems to "overstek", "oversteekplaats" to "oversteekplat"). `unaccent` is a trusted
// extension shipped with PostgreSQL (also the embedded one): the database owner may create it. So is
// `btree_gin`, which lets the search's GIN index hold raad_id and status beside the words.
// `voorvoegsels` turns a document into every prefix of every lexeme: a word's start is then one
// exact entry of the index, not a range of entries whose rows are collected in a bitmap first.
const zoekConfiguraties = (schema: string) => `
  DO $$ DECLARE extensie text; BEGIN
    FOREACH extensie IN ARRAY ARRAY['unaccent', 'btree_gin'] LOOP
      BEGIN
        EXECUTE format('CREATE EXTENSION IF NOT EXISTS %I', extensie);
      EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL; -- created meanwhile by another process
      END;
    END LOOP;
  END $$;
  DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace
                    WHERE n.nspname = '${schema}' AND c.cfgname = 'zoek') THEN
      CREATE TEXT SEARCH CONFIGURATION ${schema}.zoek (COPY = pg_catalog.dutch);
      ALTER TEXT SEARCH CONFIGURATION ${schema}.zoek
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
      CREATE TEXT SEARCH CONFIGURATION ${schema}.zoek_ruw (COPY = pg_catalog.simple);
      ALTER TEXT SEARCH CONFIGURATION ${schema}.zoek_ruw
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
  EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL;
  END $$;
  DO $$ BEGIN
    CREATE FUNCTION ${schema}.voorvoegsels(document tsvector) RETURNS tsvector
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $f$
        SELECT array_to_tsvector(coalesce(array_agg(left(lexeme, n)), '{}'))
          FROM unnest(tsvector_to_array(document)) lexeme, generate_series(1, length(lexeme)) n
      $f$;
  EXCEPTION WHEN unique_violation OR duplicate_function THEN NULL;
  END $$;
`;

const tables = (schema: string) => `
  CREATE SCHEMA IF NOT EXISTS ${schema};
  ${zoekConfiguraties(schema)}
  CREATE TABLE IF NOT EXISTS ${schema}.signalen (
    signaal_id    text        PRIMARY KEY,
    raad_id       text        NOT NULL,
    thema         text        NOT NULL,
    status        text        NOT NULL,
    ingediend_op  timestamptz NOT NULL,
    gewijzigd_op  timestamptz NOT NULL,
    diensten      text[]      NOT NULL, -- every dienst it was ever routed to
    overschreden  boolean     NOT NULL, -- open, with a deadline reported as passed
    duplicaat_van text,                 -- the main signaal of a duplicate (view.duplicaatVan.signaalId)
    openbaar      boolean     NOT NULL, -- residents may see it (view.openbaar)
    lat           double precision,     -- view.coordinaten (WGS84), for the map's bounding box filter
    lon           double precision,
    bal_bij       text        NOT NULL, -- view.bal.bij
    termijn_op    timestamptz,          -- the running deadline that passes first (null: none, or no policy)
    actie_op      timestamptz,          -- when the deadlines process manager owes it a command (volgendeTermijnActie)
    actie_beleid  text,                 -- the policy actie_op was computed with (beleidVingerafdruk; null: none)
    view          jsonb       NOT NULL, -- the SignaalView
    revision      integer     NOT NULL, -- of the last event applied
    positie       bigint      NOT NULL, -- of the last event applied
    -- what \`q\` searches, derived from the stored view: every prefix (voorvoegsels) of the words of
    -- the titel, omschrijving, locatie, the diensten' answers and the feedback
    zoek          tsvector    GENERATED ALWAYS AS (${schema}.voorvoegsels(
      to_tsvector('${schema}.zoek',
        coalesce(view->>'titel', '') || ' ' || coalesce(view->>'omschrijving', '') || ' ' ||
        coalesce(view#>>'{locatie,omschrijving}', '')) ||
      jsonb_to_tsvector('${schema}.zoek',
        jsonb_path_query_array(view, '$.doorsturingen[*].antwoord') ||
        jsonb_path_query_array(view, '$.terugkoppelingen[*].boodschap'), '["string"]')
    )) STORED
  );
  -- a search within raden and a status (a wijkmanager's list) is one scan of this index
  CREATE INDEX IF NOT EXISTS signalen_zoek ON ${schema}.signalen USING gin (raad_id, status, zoek);
  CREATE INDEX IF NOT EXISTS signalen_gewijzigd_op ON ${schema}.signalen (gewijzigd_op, signaal_id);
  CREATE INDEX IF NOT EXISTS signalen_termijn_op ON ${schema}.signalen (termijn_op, signaal_id);
  -- a run of the deadlines process manager reads only what is due, or was computed with another policy
  CREATE INDEX IF NOT EXISTS signalen_actie_op ON ${schema}.signalen (actie_op) WHERE actie_op IS NOT NULL;
  CREATE INDEX IF NOT EXISTS signalen_actie_beleid ON ${schema}.signalen (actie_beleid);
  -- every list is ordered by (ingediend_op DESC, signaal_id): the indexes end in that order, so a
  -- page is read from the index in order, not sorted from every matching row
  CREATE INDEX IF NOT EXISTS signalen_ingediend_op ON ${schema}.signalen (ingediend_op DESC, signaal_id);
  CREATE INDEX IF NOT EXISTS signalen_raad ON ${schema}.signalen (raad_id, ingediend_op DESC, signaal_id);
  CREATE INDEX IF NOT EXISTS signalen_raad_status
    ON ${schema}.signalen (raad_id, status, ingediend_op DESC, signaal_id);
  CREATE INDEX IF NOT EXISTS signalen_status ON ${schema}.signalen (status, ingediend_op DESC);
  CREATE INDEX IF NOT EXISTS signalen_thema ON ${schema}.signalen (thema, ingediend_op DESC);
  CREATE INDEX IF NOT EXISTS signalen_diensten ON ${schema}.signalen USING gin (diensten);
  -- the public pages and Open311 read only public signalen: a partial index holds just those
  CREATE INDEX IF NOT EXISTS signalen_openbaar_raad ON ${schema}.signalen (raad_id, ingediend_op DESC, signaal_id)
    WHERE openbaar;
  CREATE INDEX IF NOT EXISTS signalen_openbaar ON ${schema}.signalen (ingediend_op DESC, signaal_id)
    WHERE openbaar;
  CREATE INDEX IF NOT EXISTS signalen_punt ON ${schema}.signalen (lat, lon) WHERE lat IS NOT NULL;
  CREATE INDEX IF NOT EXISTS signalen_duplicaat_van ON ${schema}.signalen (duplicaat_van, ingediend_op, signaal_id)
    WHERE duplicaat_van IS NOT NULL;

  -- how many signalen each raad has per status, kept by the upsert below: the total of a list
  -- filtered by raad and/or status only (a raad's own list) without counting its rows
  CREATE TABLE IF NOT EXISTS ${schema}.signalen_aantallen (
    raad_id text    NOT NULL,
    status  text    NOT NULL,
    aantal  integer NOT NULL,
    PRIMARY KEY (raad_id, status)
  );

  CREATE TABLE IF NOT EXISTS ${schema}.traject (
    positie    bigint  PRIMARY KEY,
    signaal_id text    NOT NULL,
    hop        jsonb   NOT NULL -- the TrajectHop
  );
  CREATE INDEX IF NOT EXISTS traject_signaal ON ${schema}.traject (signaal_id, positie);
`;

/** The columns the projection writes (`zoek` is generated from `view`), in the order of rij(). */
const KOLOMMEN = [
  'signaal_id',
  'raad_id',
  'thema',
  'status',
  'ingediend_op',
  'gewijzigd_op',
  'diensten',
  'overschreden',
  'duplicaat_van',
  'openbaar',
  'lat',
  'lon',
  'bal_bij',
  'termijn_op',
  'actie_op',
  'actie_beleid',
  'view',
  'revision',
  'positie',
] as const;

// Upserts the views ($1), moves the counts per raad and status and adds the hops ($2), each a JSON
// array of rows keyed by column name: a whole batch is one statement. Every sub-statement sees the
// tables as they were before the statement, so `oud` holds the rows being replaced.
const bewaarSignalen = (schema: string) => `
  WITH nieuw AS (SELECT * FROM jsonb_populate_recordset(NULL::${schema}.signalen, $1)),
  oud AS (
    SELECT s.raad_id, s.status FROM ${schema}.signalen s JOIN nieuw USING (signaal_id)
  ),
  bewaard AS (
    INSERT INTO ${schema}.signalen (${KOLOMMEN.join(', ')}) SELECT ${KOLOMMEN.join(', ')} FROM nieuw
    ON CONFLICT (signaal_id) DO UPDATE SET
      ${KOLOMMEN.filter((kolom) => kolom !== 'signaal_id')
        .map((kolom) => `${kolom} = excluded.${kolom}`)
        .join(', ')}
  ),
  hops AS (
    INSERT INTO ${schema}.traject
    SELECT * FROM jsonb_populate_recordset(NULL::${schema}.traject, $2)
    ON CONFLICT (positie) DO NOTHING
  )
  INSERT INTO ${schema}.signalen_aantallen (raad_id, status, aantal)
  SELECT raad_id, status, sum(delta) FROM (
    SELECT raad_id, status, 1 AS delta FROM nieuw
    UNION ALL SELECT raad_id, status, -1 FROM oud
  ) verschil GROUP BY raad_id, status HAVING sum(delta) <> 0
  ON CONFLICT (raad_id, status) DO UPDATE SET aantal = signalen_aantallen.aantal + excluded.aantal
`;

const GESLOTEN = `('afgesloten', 'ingetrokken')`;
/** a signaal of which no dienst has to answer any more */
const GESLOTEN_OF_DUPLICAAT = `(${AFGEHANDELD.map((status) => `'${status}'`).join(', ')})`;

export const SORTERINGEN = ['ingediendOp', '-ingediendOp', 'gewijzigdOp', '-gewijzigdOp', 'termijn'] as const;
/** a field, ascending; with `-` descending; `termijn`: the deadline that passes first, first */
export type Sortering = (typeof SORTERINGEN)[number];

const ORDER_BY: Record<Sortering, string> = {
  ingediendOp: 'ingediend_op, signaal_id',
  '-ingediendOp': 'ingediend_op DESC, signaal_id',
  gewijzigdOp: 'gewijzigd_op, signaal_id',
  '-gewijzigdOp': 'gewijzigd_op DESC, signaal_id',
  // signalen without a running deadline last, newest first
  termijn: 'termijn_op NULLS LAST, ingediend_op DESC, signaal_id',
};

/** at most this many words of a search are used */
export const MAX_ZOEKTERMEN = 8;

/** The words of a search: runs of letters and digits (everything else separates them). */
export function zoektermen(q: string): string[] {
  return (q.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_ZOEKTERMEN);
}

/**
 * A condition matching every word of `q` as a prefix, stemmed or as written, accents ignored
 * (`zoek @@ ...`: `zoek` holds every prefix, so each word is an exact lexeme); `param` binds each
 * word (only letters and digits: nothing of tsquery's syntax).
 */
function zoekConditie(schema: string, q: string, param: (value: unknown) => string): string {
  const termen = zoektermen(q).map((term) => {
    const p = param(term);
    return `(to_tsquery('${schema}.zoek', ${p}) || to_tsquery('${schema}.zoek_ruw', ${p}))`;
  });
  // no word at all (the DTO refuses that): nothing matches
  return termen.length ? `zoek @@ (${termen.join(' && ')})` : 'false';
}

export interface SignalenFilter {
  /** full-text search (see zoekConditie) */
  q?: string;
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
  /** only signalen with coordinaten inside this box (edges included) */
  binnen?: Kader;
  /** only signalen whose ball is with this party */
  balBij?: string;
  /** default `-ingediendOp`, newest first */
  sorteer?: Sortering;
  limiet: number;
  offset: number;
}

/** A signaal's view with every hop and, when asked for, the views it is linked with as duplicates. */
export interface SignaalMetTraject {
  view: SignaalView;
  hops: TrajectHop[];
  /** when asked for: the signalen linked as duplicates of this one, oldest first */
  duplicaten?: SignaalView[];
  /** when asked for: the view of its main signaal (null when it is none, or not in the read model) */
  hoofd?: SignaalView | null;
}

/** A doorsturing in a dienst's inbox, with its signaal. */
export interface InboxRegel {
  signaalId: string;
  raadId: string;
  titel: string;
  thema: string;
  doorsturing: DoorsturingView;
  /** the doorsturing's status, or `vervallen` (see SignaalViewRepository.inbox) */
  status: DoorsturingView['status'] | 'vervallen';
  /** when it was answered, sent back or fell away */
  afgehandeldOp?: string;
  /** the signaal view's `positie` (its latest event): what "nieuw sinds je laatste bezoek" compares */
  positie: number;
}

/** Which public signalen (only those residents may see: `openbaar`), newest first. */
export interface PubliekFilter {
  raadId?: string;
  /** any of these statuses */
  statussen?: readonly string[];
  /** any of these thema's */
  themas?: readonly string[];
  /** ISO 8601; ingediendOp >= van */
  van?: string;
  /** ISO 8601; ingediendOp <= tot */
  tot?: string;
  /** only these signalen */
  ids?: readonly string[];
  limiet: number;
}

/** A public signaal: its view and the type and time of every hop (nothing else of a hop: no actor). */
export interface PubliekSignaal {
  view: SignaalView;
  hops: { type: string; at: string }[];
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

const vingerafdrukken = new WeakMap<TermijnBeleid, string>();

/**
 * Which deadline policy a row's `actie_op` was computed with: a row computed with another one (the
 * policy changed in the configuration, or another process runs with another) is not trusted.
 */
export function beleidVingerafdruk(beleid: TermijnBeleid): string {
  let vingerafdruk = vingerafdrukken.get(beleid);
  if (vingerafdruk === undefined) {
    // every field by name (a field added to TermijnBeleid must be added here), nothing else
    const velden: Record<keyof TermijnBeleid, unknown> = {
      ontvangstWerkdagen: beleid.ontvangstWerkdagen,
      antwoordDienstWerkdagen: beleid.antwoordDienstWerkdagen,
      terugkoppelingWerkdagen: beleid.terugkoppelingWerkdagen,
      aanvaardingDagen: beleid.aanvaardingDagen,
      extraVrijeDagen: [...beleid.extraVrijeDagen].sort(),
    };
    vingerafdruk = createHash('sha256').update(JSON.stringify(velden)).digest('base64url').slice(0, 16);
    vingerafdrukken.set(beleid, vingerafdruk);
  }
  return vingerafdruk;
}

/**
 * The signalen read model: SignaalView per signaal and the TrajectHop of every hop, in the tables
 * of `schema` (`projectie`; a service that keeps its own copy of the view names its own).
 */
export class SignaalViewRepository {
  /** `beleid`: the deadline policy, for sorting on the deadline (`termijn_op`); without it, that is empty */
  constructor(
    private readonly pool: Pool,
    readonly schema = 'projectie',
    private readonly beleid?: TermijnBeleid,
  ) {}

  async migrate(client: PoolClient): Promise<void> {
    await client.query(tables(this.schema));
  }

  async reset(client: PoolClient): Promise<void> {
    await client.query(
      // CASCADE: the stadsdiensten copy replaces the former inbox, whose table referenced its signalen
      `DROP TABLE IF EXISTS ${this.schema}.signalen, ${this.schema}.signalen_aantallen, ${this.schema}.traject CASCADE`,
    );
  }

  /** The stored views of these signalen (those that exist). */
  async laad(client: PoolClient, ids: readonly string[]): Promise<Map<string, SignaalView>> {
    return (await this.laadMetRevisies(client, ids)).views;
  }

  /** The stored views of these signalen (those that exist) and the last revision applied to each. */
  async laadMetRevisies(
    client: PoolClient,
    ids: readonly string[],
  ): Promise<{ views: Map<string, SignaalView>; revisies: Map<string, number> }> {
    const { rows } = await client.query<{ view: SignaalView; revision: number }>(
      `SELECT view, revision FROM ${this.schema}.signalen WHERE signaal_id = ANY($1)`,
      [[...new Set(ids)]],
    );
    return {
      views: new Map(rows.map(({ view }) => [view.id, view])),
      revisies: new Map(rows.map(({ view, revision }) => [view.id, revision])),
    };
  }

  /** Writes the views (insert or replace) and adds the hops (only with views: a hop comes with its view), in one statement. */
  async bewaar(
    client: PoolClient,
    views: readonly SignaalView[],
    hops: readonly { signaalId: string; hop: TrajectHop }[],
  ): Promise<void> {
    if (!views.length) return;
    const rijen = views.map((view) => rij(view, this.beleid));
    const rows = hops.map(({ signaalId, hop }) => ({ positie: hop.positie, signaal_id: signaalId, hop }));
    await client.query(bewaarSignalen(this.schema), [JSON.stringify(rijen), JSON.stringify(rows)]);
  }

  /** The stored views of the signalen linked as duplicates of these main signalen. */
  async laadDuplicaten(client: PoolClient, hoofdIds: readonly string[]): Promise<SignaalView[]> {
    const { rows } = await client.query<{ view: SignaalView }>(
      `SELECT view FROM ${this.schema}.signalen WHERE duplicaat_van = ANY($1)`,
      [[...new Set(hoofdIds)]],
    );
    return rows.map(({ view }) => view);
  }

  /** The last revision applied per signaal (absent: nothing applied yet). */
  async revisies(client: PoolClient, ids: readonly string[]): Promise<Map<string, number>> {
    const { rows } = await client.query<{ signaal_id: string; revision: number }>(
      `SELECT signaal_id, revision FROM ${this.schema}.signalen WHERE signaal_id = ANY($1)`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.signaal_id, row.revision]));
  }

  async vind(id: string): Promise<SignaalView | null> {
    const { rows } = await this.pool.query<{ view: SignaalView }>(
      `SELECT view FROM ${this.schema}.signalen WHERE signaal_id = $1`,
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
      hops: TrajectHop[];
      duplicaten: SignaalView[] | null;
      hoofd: SignaalView | null;
    }>(
      `SELECT s.view,
              coalesce((SELECT json_agg(t.hop ORDER BY t.positie) FROM ${this.schema}.traject t
                         WHERE t.signaal_id = s.signaal_id), '[]') AS hops,
              CASE WHEN $2 THEN coalesce((
                SELECT json_agg(d.view ORDER BY d.ingediend_op, d.signaal_id) FROM ${this.schema}.signalen d
                 WHERE d.duplicaat_van = s.signaal_id AND ($3::text IS NULL OR d.raad_id = $3)), '[]')
              END AS duplicaten,
              CASE WHEN $2 THEN (SELECT h.view FROM ${this.schema}.signalen h WHERE h.signaal_id = s.duplicaat_van)
              END AS hoofd
         FROM ${this.schema}.signalen s WHERE s.signaal_id = $1`,
      [id, koppelingen !== undefined, koppelingen?.raadId ?? null],
    );
    const row = rows[0];
    if (!row) return null;
    const { view, hops } = row;
    return koppelingen ? { view, hops, duplicaten: row.duplicaten ?? [], hoofd: row.hoofd } : { view, hops };
  }

  async lijst(filter: SignalenFilter): Promise<SignalenPagina> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const conditions = [
      filter.q !== undefined && zoekConditie(this.schema, filter.q, param),
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
      filter.binnen &&
        `lat BETWEEN ${param(filter.binnen.zuid)} AND ${param(filter.binnen.noord)}
         AND lon BETWEEN ${param(filter.binnen.west)} AND ${param(filter.binnen.oost)}`,
      filter.balBij !== undefined && `bal_bij = ${param(filter.balBij)}`,
    ].filter(Boolean);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const paging = `LIMIT $${params.length + 1} OFFSET $${params.length + 2}`;
    // filtered by raad and/or status alone (a raad's own list): the total from the counts per raad
    // and status, the same at any size; otherwise counted (one index scan where an index fits)
    const alleenRaadEnStatus = Object.entries(filter).every(
      ([key, value]) =>
        value === undefined ||
        value === false ||
        ['raadIds', 'status', 'sorteer', 'limiet', 'offset'].includes(key),
    );
    const telling = alleenRaadEnStatus
      ? `(SELECT coalesce(sum(aantal), 0) FROM ${this.schema}.signalen_aantallen ${where})`
      : `(SELECT count(*) FROM ${this.schema}.signalen ${where})`;

    const order = ORDER_BY[filter.sorteer ?? '-ingediendOp'];
    // one statement: the page and the total agree, in one round trip. Without `q`: the page read
    // in order from an index, the total a subquery (count(*) OVER () would fetch every matching row).
    // With `q` the total needs every match anyway: they are found once (one scan of signalen_zoek),
    // counted and sorted by their keys, and only the page's views are fetched.
    const statement =
      filter.q === undefined
        ? `SELECT view, ${telling} AS total FROM ${this.schema}.signalen ${where} ORDER BY ${order} ${paging}`
        : `WITH treffers AS MATERIALIZED (
             SELECT signaal_id, ingediend_op, gewijzigd_op, termijn_op FROM ${this.schema}.signalen ${where}
           )
           SELECT (SELECT view FROM ${this.schema}.signalen s WHERE s.signaal_id = pagina.signaal_id) AS view,
                  (SELECT count(*) FROM treffers) AS total
             FROM (SELECT * FROM treffers ORDER BY ${order} ${paging}) pagina
            ORDER BY ${order}`;
    const { rows } = await this.pool.query<{ view: SignaalView; total: string }>(statement, [
      ...params,
      filter.limiet,
      filter.offset,
    ]);
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
      `SELECT view FROM ${this.schema}.signalen WHERE signaal_id = ANY($1)`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map(({ view }) => [view.id, view]));
  }

  /**
   * Public signalen only (`openbaar`), newest first, each with its hops' type and time: one statement
   * over the partial indexes of public signalen. Every public surface reads this and nothing else.
   */
  async publiek(filter: PubliekFilter): Promise<PubliekSignaal[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const conditions = [
      'openbaar',
      filter.raadId !== undefined && `raad_id = ${param(filter.raadId)}`,
      filter.statussen !== undefined && `status = ANY(${param(filter.statussen)})`,
      filter.themas !== undefined && `thema = ANY(${param(filter.themas)})`,
      filter.van !== undefined && `ingediend_op >= ${param(filter.van)}`,
      filter.tot !== undefined && `ingediend_op <= ${param(filter.tot)}`,
      filter.ids !== undefined && `signaal_id = ANY(${param(filter.ids)})`,
    ].filter(Boolean);
    const { rows } = await this.pool.query<PubliekSignaal>(
      `SELECT s.view,
              coalesce((SELECT json_agg(json_build_object('type', t.hop->'type', 'at', t.hop->'at') ORDER BY t.positie)
                          FROM ${this.schema}.traject t WHERE t.signaal_id = s.signaal_id), '[]') AS hops
         FROM ${this.schema}.signalen s
        WHERE ${conditions.join(' AND ')}
        ORDER BY ingediend_op DESC, signaal_id LIMIT ${param(filter.limiet)}`,
      params,
    );
    return rows;
  }

  /** How many public signalen each raad has (raden without any are absent). */
  async publiekPerRaad(): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ raad_id: string; aantal: string }>(
      `SELECT raad_id, count(*) AS aantal FROM ${this.schema}.signalen WHERE openbaar GROUP BY raad_id`,
    );
    return new Map(rows.map((row) => [row.raad_id, Number(row.aantal)]));
  }

  /** The signalen linked as duplicates of `hoofdId`, oldest first; `raadId` limits them to one raad's. */
  async duplicatenVan(hoofdId: string, raadId?: string): Promise<SignaalView[]> {
    const { rows } = await this.pool.query<{ view: SignaalView }>(
      `SELECT view FROM ${this.schema}.signalen
        WHERE duplicaat_van = $1 AND ($2::text IS NULL OR raad_id = $2)
        ORDER BY ingediend_op, signaal_id`,
      [hoofdId, raadId ?? null],
    );
    return rows.map((row) => row.view);
  }

  /** A raad's signalen that are open, or were settled (closed, withdrawn) since `sinds`; oldest first. */
  async agenda(raadId: string, sinds: string): Promise<SignaalView[]> {
    const { rows } = await this.pool.query<{ view: SignaalView }>(
      `SELECT view FROM ${this.schema}.signalen
        WHERE raad_id = $1 AND (status NOT IN ${GESLOTEN} OR gewijzigd_op >= $2)
        ORDER BY ingediend_op, signaal_id`,
      [raadId, sinds],
    );
    return rows.map((row) => row.view);
  }

  /**
   * The doorsturingen to one dienst, oldest first (a dienst's inbox), each with its signaal. A
   * doorsturing still open when its signaal was withdrawn, closed or linked as a duplicate is
   * `vervallen`, since then; `alle: false` gives only the open ones; `q` searches as in lijst.
   */
  async inbox(
    dienstId: string,
    { alle, limiet, offset, q }: { alle: boolean; limiet: number; offset: number; q?: string },
  ): Promise<{ items: InboxRegel[]; total: number }> {
    const params: unknown[] = [dienstId, alle, limiet, offset];
    const zoek =
      q === undefined ? '' : `AND ${zoekConditie(this.schema, q, (value) => `$${params.push(value)}`)}`;
    const { rows } = await this.pool.query<Omit<InboxRegel, 'positie'> & { positie: string; total: string }>(
      `SELECT signaal_id AS "signaalId", raad_id AS "raadId", view->>'titel' AS titel, thema,
              doorsturing, inbox_status AS status, afgehandeld_op AS "afgehandeldOp", positie,
              count(*) OVER () AS total
         FROM ${this.schema}.signalen s,
              jsonb_array_elements(s.view->'doorsturingen') doorsturing,
              LATERAL (SELECT doorsturing->>'status' IN ('doorgestuurd', 'opgepakt')
                              AND s.status IN ${GESLOTEN_OF_DUPLICAAT} AS vervallen) v,
              LATERAL (SELECT CASE WHEN v.vervallen THEN 'vervallen' ELSE doorsturing->>'status' END
                                AS inbox_status,
                              CASE WHEN v.vervallen
                                THEN coalesce(view->>'ingetrokkenOp', view->>'afgeslotenOp', view->'duplicaatVan'->>'op')
                                ELSE coalesce(doorsturing->>'beantwoordOp', doorsturing->>'teruggestuurdOp')
                              END AS afgehandeld_op) i
        WHERE s.diensten @> ARRAY[$1]::text[] AND doorsturing->>'dienstId' = $1
          AND ($2 OR i.inbox_status IN ('doorgestuurd', 'opgepakt')) ${zoek}
        ORDER BY doorsturing->>'doorgestuurdOp', doorsturing->>'id'
        LIMIT $3 OFFSET $4`,
      params,
    );
    return {
      items: rows.map(({ total: _total, afgehandeldOp, positie, ...regel }) => ({
        ...regel,
        ...(afgehandeldOp && { afgehandeldOp }),
        positie: Number(positie),
      })),
      total: Number(rows[0]?.total ?? 0),
    };
  }

  /**
   * The open signalen after `na` in id order (keyset paging, stable while signalen close) to which
   * the deadlines process manager may owe a command at `nu` under `beleid`: those whose `actie_op`
   * has come, and those whose `actie_op` was computed with another policy (or none), which only
   * their state can tell. Each is one index scan; the others are not read.
   */
  async teDoen(nu: string, beleid: TermijnBeleid, na: string, limiet: number): Promise<SignaalView[]> {
    const { rows } = await this.pool.query<{ view: SignaalView }>(
      `SELECT view FROM ${this.schema}.signalen
        WHERE (actie_op <= $1 OR actie_beleid < $2 OR actie_beleid > $2 OR actie_beleid IS NULL)
          AND status NOT IN ${GESLOTEN} AND signaal_id > $3
        ORDER BY signaal_id LIMIT $4`,
      [nu, beleidVingerafdruk(beleid), na, limiet],
    );
    return rows.map((row) => row.view);
  }

  /**
   * What suggestions learn from (see suggesties.ts), as slices of the views: the newest `limiet`
   * signalen ever routed to a dienst, and every open signaal of `raadIds` not linked as a duplicate.
   */
  async vergelijkbare(raadIds: readonly string[], limiet: number): Promise<Vergelijkbaar[]> {
    const { rows } = await this.pool.query<{ v: Vergelijkbaar }>(
      `SELECT jsonb_strip_nulls(jsonb_build_object(
                'id', signaal_id, 'raadId', raad_id, 'thema', thema, 'status', status,
                'titel', view->'titel', 'omschrijving', view->'omschrijving', 'ingediendOp', view->'ingediendOp',
                'locatie', view->'locatie', 'coordinaten', view->'coordinaten', 'duplicaatVan', view->'duplicaatVan',
                'doorsturingen', (SELECT coalesce(jsonb_agg(jsonb_build_object('dienstId', d->'dienstId', 'status', d->'status')), '[]')
                                    FROM jsonb_array_elements(view->'doorsturingen') d))) AS v
         FROM ${this.schema}.signalen
        WHERE signaal_id IN (
          (SELECT signaal_id FROM ${this.schema}.signalen WHERE diensten <> '{}'
            ORDER BY ingediend_op DESC LIMIT $2)
          UNION
          SELECT signaal_id FROM ${this.schema}.signalen
           WHERE raad_id = ANY($1) AND status NOT IN ${GESLOTEN_OF_DUPLICAAT})`,
      [raadIds, limiet],
    );
    return rows.map((row) => row.v);
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
           FROM ${this.schema}.signalen, jsonb_array_elements(view->'doorsturingen') d
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
           FROM ${this.schema}.signalen
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

/** The row of <schema>.signalen for a view, keyed by column (KOLOMMEN). */
function rij(view: SignaalView, beleid?: TermijnBeleid): Record<(typeof KOLOMMEN)[number], unknown> {
  const open = view.status !== 'afgesloten' && view.status !== 'ingetrokken';
  const state = beleid && stateOf(view);
  const termijnen = state ? lopendeTermijnen(state, beleid).map((t) => t.uiterlijk) : [];
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
    openbaar: view.openbaar === true,
    lat: view.coordinaten?.lat ?? null,
    lon: view.coordinaten?.lon ?? null,
    bal_bij: view.bal.bij,
    // ISO instants in UTC: the string order is the time order
    termijn_op: termijnen.sort()[0] ?? null,
    actie_op: (state && volgendeTermijnActie(state, beleid)) ?? null,
    actie_beleid: beleid ? beleidVingerafdruk(beleid) : null,
    view,
    revision: view.revision,
    positie: view.positie,
  };
}
