import { bal as balVan, type Bal, type SignaalState } from '@signaalspoor/domain';
import type { ActorRef } from '@signaalspoor/event-store';
import type { Pool } from 'pg';
import { inSnapshot } from '../transaction';
import { doorsturingDuur, houderVan, type DoorsturingDuur, type Houder } from './traject';

export interface SignaalDetail {
  state: SignaalState;
  bal: Bal;
  revision: number;
  position: number;
}

export interface Hop {
  position: number;
  revision: number;
  /** the event type */
  type: string;
  actor: ActorRef;
  /** ISO time it happened */
  at: string;
  /** since the previous hop; null for the first */
  duurMs: number | null;
  /** whose court after this hop */
  bal: Bal;
  gegevens: Record<string, unknown>;
}

export interface Traject {
  signaalId: string;
  raadId: string;
  hops: Hop[];
  bal: Bal;
  houder: Houder;
  doorsturingen: DoorsturingDuur[];
}

export interface SignaalSamenvatting {
  signaalId: string;
  raadId: string;
  titel: string;
  thema: string;
  bron: string;
  status: string;
  ingediendOp: string;
  gewijzigdOp: string;
  balBij: Bal['bij'];
  /** every dienst it was ever routed to */
  diensten: string[];
  /** the diensten with an open doorsturing */
  openDiensten: string[];
  /** deadlines reported as passed (TermijnOverschreden), e.g. `ontvangst`, `antwoord-dienst:<doorsturing>` */
  overschredenTermijnen: string[];
  revision: number;
  position: number;
}

export interface SignalenFilter {
  /** only signalen of these raden (an empty list matches nothing) */
  raadIds?: string[];
  /** only signalen ever routed to this dienst */
  dienstId?: string;
  status?: string;
  thema?: string;
  /** ISO 8601; ingediend_op >= van */
  van?: string;
  /** ISO 8601; ingediend_op < tot (exclusive, so periods chain without overlap) */
  tot?: string;
  /** only open signalen with a passed deadline */
  overschreden?: boolean;
  limit: number;
  offset: number;
}

export interface SignalenPagina {
  items: SignaalSamenvatting[];
  total: number;
  limit: number;
  offset: number;
}

interface SignaalRow {
  state: SignaalState;
  revision: number;
  position: string;
}

interface HopRow {
  position: string;
  revision: number;
  type: string;
  actor: ActorRef;
  at: Date;
  duur_ms: string | null;
  bal: Bal;
  gegevens: Record<string, unknown>;
}

interface SamenvattingRow {
  signaal_id: string;
  raad_id: string;
  titel: string;
  thema: string;
  bron: string;
  status: string;
  ingediend_op: Date;
  gewijzigd_op: Date;
  bal_bij: Bal['bij'];
  diensten: string[];
  open_diensten: string[];
  termijnen: string[];
  revision: number;
  position: string;
}

const SELECT_SAMENVATTING = `SELECT signaal_id, raad_id, titel, thema, bron, status, ingediend_op, gewijzigd_op,
         bal_bij, diensten, open_diensten, state->'gemeldeTermijnen' AS termijnen, revision, position
    FROM projectie.signalen`;

const SELECT_SIGNAAL = 'SELECT state, revision, position FROM projectie.signalen WHERE signaal_id = $1';

export async function findSignaal(pool: Pool, signaalId: string): Promise<SignaalDetail | null> {
  const { rows } = await pool.query<SignaalRow>(SELECT_SIGNAAL, [signaalId]);
  return rows[0] ? toDetail(rows[0]) : null;
}

export function findTraject(pool: Pool, signaalId: string): Promise<Traject | null> {
  return inSnapshot(pool, async (client) => {
    const { rows } = await client.query<SignaalRow>(SELECT_SIGNAAL, [signaalId]);
    if (!rows[0]) return null;
    const { state, bal } = toDetail(rows[0]);
    const hopRows = await client.query<HopRow>(
      `SELECT position, revision, type, actor, at, duur_ms, bal, gegevens
       FROM projectie.traject
       WHERE signaal_id = $1
       ORDER BY position`,
      [signaalId],
    );
    const hops = hopRows.rows.map(toHop);
    return {
      signaalId,
      raadId: state.raadId,
      hops,
      bal,
      houder: houderVan(state, hops),
      doorsturingen: state.doorsturingen.map(doorsturingDuur),
    };
  });
}

export function listSignalen(pool: Pool, filter: SignalenFilter): Promise<SignalenPagina> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const conditions = [
    filter.raadIds && `raad_id = ANY(${param(filter.raadIds)})`,
    filter.dienstId !== undefined && `diensten @> ARRAY[${param(filter.dienstId)}]::text[]`,
    filter.status !== undefined && `status = ${param(filter.status)}`,
    filter.thema !== undefined && `thema = ${param(filter.thema)}`,
    filter.van !== undefined && `ingediend_op >= ${param(filter.van)}`,
    filter.tot !== undefined && `ingediend_op < ${param(filter.tot)}`,
    filter.overschreden &&
      `jsonb_array_length(state->'gemeldeTermijnen') > 0 AND status NOT IN ('afgesloten', 'ingetrokken')`,
  ].filter(Boolean);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';

  const paging = `LIMIT $${params.length + 1} OFFSET $${params.length + 2}`;

  return inSnapshot(pool, async (client) => {
    const count = await client.query<{ total: string }>(
      `SELECT count(*) AS total FROM projectie.signalen ${where}`,
      params,
    );
    const page = await client.query<SamenvattingRow>(
      `${SELECT_SAMENVATTING}
       ${where}
       ORDER BY ingediend_op DESC, signaal_id
       ${paging}`,
      [...params, filter.limit, filter.offset],
    );
    return {
      items: page.rows.map(toSamenvatting),
      total: Number(count.rows[0]?.total ?? 0),
      limit: filter.limit,
      offset: filter.offset,
    };
  });
}

const toDetail = (row: SignaalRow): SignaalDetail => ({
  state: row.state,
  bal: balVan(row.state),
  revision: row.revision,
  position: Number(row.position),
});

const toHop = (row: HopRow): Hop => ({
  position: Number(row.position),
  revision: row.revision,
  type: row.type,
  actor: row.actor,
  at: row.at.toISOString(),
  duurMs: row.duur_ms === null ? null : Number(row.duur_ms),
  bal: row.bal,
  gegevens: row.gegevens,
});

const toSamenvatting = (row: SamenvattingRow): SignaalSamenvatting => ({
  signaalId: row.signaal_id,
  raadId: row.raad_id,
  titel: row.titel,
  thema: row.thema,
  bron: row.bron,
  status: row.status,
  ingediendOp: row.ingediend_op.toISOString(),
  gewijzigdOp: row.gewijzigd_op.toISOString(),
  balBij: row.bal_bij,
  diensten: row.diensten,
  openDiensten: row.open_diensten,
  overschredenTermijnen: row.termijnen ?? [],
  revision: row.revision,
  position: Number(row.position),
});

/** What a raad's yearly meeting with its schepen goes through: what is open, overdue, and settled since. */
export interface Agenda {
  raadId: string;
  /** settled (closed or withdrawn) signalen are listed from this moment on */
  sinds: string;
  open: SignaalSamenvatting[];
  /** the open signalen with a passed deadline (also in `open`) */
  overschreden: SignaalSamenvatting[];
  afgerond: SignaalSamenvatting[];
}

export async function agendaVan(pool: Pool, raadId: string, sinds: string): Promise<Agenda> {
  const { rows } = await pool.query<SamenvattingRow>(
    `${SELECT_SAMENVATTING}
      WHERE raad_id = $1
        AND (status NOT IN ('afgesloten', 'ingetrokken') OR gewijzigd_op >= $2)
      ORDER BY ingediend_op, signaal_id`,
    [raadId, sinds],
  );
  const items = rows.map(toSamenvatting);
  const open = items.filter((s) => s.status !== 'afgesloten' && s.status !== 'ingetrokken');
  return {
    raadId,
    sinds,
    open,
    overschreden: open.filter((s) => s.overschredenTermijnen.length > 0),
    afgerond: items.filter((s) => !open.includes(s)),
  };
}
