import { AuthFout, type AuthenticatedRequest, type Gebruiker, type Sessies } from '@signaalspoor/auth';
import { createHash, randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { catchError, exhaustMap, filter, from, interval, map, NEVER, of, take, type Observable } from 'rxjs';
import { leesCookie, SESSIE_COOKIE } from './cookies';

// One row per sign-in. The cookie holds a random id; the table only its SHA-256, so a copy of the
// table opens no session. A session ends on sign-out, after `idle` minutes without a request, and
// at its absolute end (the access token's lifetime, or 12 hours for a demo user).
const SCHEMA = `
SELECT pg_advisory_xact_lock(hashtext('signaalspoor.web.migrate'));
CREATE SCHEMA IF NOT EXISTS web;
CREATE TABLE IF NOT EXISTS web.sessies (
  id_hash bytea PRIMARY KEY,
  sub text NOT NULL,
  rol text NOT NULL,
  raad text,
  dienst text,
  id_token text,
  begonnen timestamptz NOT NULL DEFAULT now(),
  laatst_gezien timestamptz NOT NULL DEFAULT now(),
  verloopt timestamptz NOT NULL,
  beeindigd timestamptz
);
CREATE INDEX IF NOT EXISTS sessies_verloopt ON web.sessies (verloopt);
`;

/** How long an ended or expired row is kept (for an operator's question) before it is removed. */
const BEWAAR_DAGEN = 7;

const hash = (id: string) => createHash('sha256').update(id, 'utf8').digest();

const beeindigd = () =>
  new AuthFout('SESSIE_BEEINDIGD', 'Je sessie is beëindigd of verlopen: meld je opnieuw aan.');

interface SessieRij {
  sub: string;
  rol: Gebruiker['rol'];
  raad: string | null;
  dienst: string | null;
}

/** The web app's server-side sessions in PostgreSQL (`web.sessies`). */
export class PostgresSessies implements Sessies {
  constructor(
    private readonly pool: Pool,
    /** SESSION_IDLE_MINUTES */
    private readonly idleMinutes: number,
  ) {}

  async migrate(): Promise<void> {
    // one simple query: its statements run in one implicit transaction, which holds the advisory lock
    await this.pool.query(SCHEMA);
  }

  /** Starts a session; answers the id for the cookie (never stored). */
  async begin(gebruiker: Gebruiker, o: { geldigS: number; idToken?: string }): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    await this.pool.query(
      `INSERT INTO web.sessies (id_hash, sub, rol, raad, dienst, id_token, verloopt)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))`,
      [
        hash(id),
        gebruiker.sub,
        gebruiker.rol,
        gebruiker.raadId ?? null,
        gebruiker.dienstId ?? null,
        o.idToken ?? null,
        o.geldigS,
      ],
    );
    await this.pool.query(
      `DELETE FROM web.sessies WHERE verloopt < now() - make_interval(days => $1)
         OR beeindigd < now() - make_interval(days => $1)
         OR laatst_gezien < now() - make_interval(days => $1)`,
      [BEWAAR_DAGEN],
    );
    return id;
  }

  async gebruikerVan(request: AuthenticatedRequest): Promise<Gebruiker | undefined> {
    const id = leesCookie(request, SESSIE_COOKIE);
    if (!id) return undefined;
    const { rows } = await this.pool.query<SessieRij>(
      `UPDATE web.sessies SET laatst_gezien = now()
        WHERE id_hash = $1 AND beeindigd IS NULL AND verloopt > now()
          AND laatst_gezien > now() - make_interval(mins => $2)
        RETURNING sub, rol, raad, dienst`,
      [hash(id), this.idleMinutes],
    );
    if (rows.length === 0) throw beeindigd();
    const { sub, rol, raad, dienst } = rows[0];
    return { sub, rol, ...(raad && { raadId: raad }), ...(dienst && { dienstId: dienst }) };
  }

  /**
   * Emits once when the session a long request (the SSE stream) was opened with has ended: signed
   * out, idle or expired. Checked every `elkeMs` without counting as activity, so an unattended open
   * tab still goes idle. Never emits for a request with a bearer token.
   */
  einde(request: AuthenticatedRequest, elkeMs = 10_000): Observable<void> {
    const id = request.headers.authorization === undefined ? leesCookie(request, SESSIE_COOKIE) : undefined;
    if (!id) return NEVER;
    return interval(elkeMs).pipe(
      // a database that cannot answer now does not end anyone's session
      exhaustMap(() => from(this.loopt(id)).pipe(catchError(() => of(true)))),
      filter((loopt) => !loopt),
      take(1),
      map(() => undefined),
    );
  }

  private async loopt(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `SELECT 1 FROM web.sessies
        WHERE id_hash = $1 AND beeindigd IS NULL AND verloopt > now()
          AND laatst_gezien > now() - make_interval(mins => $2)`,
      [hash(id), this.idleMinutes],
    );
    return rowCount === 1;
  }

  /**
   * Ends the session of this cookie id (nothing happens for an unknown or ended one); answers the
   * provider's id token for its sign-out, which is not kept after this.
   */
  async beeindig(id: string): Promise<{ idToken?: string }> {
    const { rows } = await this.pool.query<{ id_token: string | null }>(
      `UPDATE web.sessies s SET beeindigd = now(), id_token = NULL
         FROM (SELECT id_hash, id_token FROM web.sessies WHERE id_hash = $1 AND beeindigd IS NULL FOR UPDATE) oud
        WHERE s.id_hash = oud.id_hash
        RETURNING oud.id_token`,
      [hash(id)],
    );
    return rows[0]?.id_token ? { idToken: rows[0].id_token } : {};
  }
}
