import type { Pool, PoolClient } from 'pg';
import type { MeldingSoort } from './berichten';

// The mail outbox: one row per (event, address), written in the same transaction as the process
// manager's checkpoint, so a crash neither loses nor repeats a row. All SQL of the mails lives here.

export const MAIL_STATUSSEN = [
  'wachtend', // to be sent (again, from volgende_poging on)
  'verzonden', // accepted by the SMTP server (or written to the log)
  'geparkeerd', // kept failing: the beheerder looks at it and may queue it again
  'dagelijks', // waits for the recipient's daily digest
  'gebundeld', // went out in a daily digest
  'uitgeschakeld', // the recipient turned this kind off
] as const;
export type MailStatus = (typeof MAIL_STATUSSEN)[number];

export const VOORKEUR_KEUZES = ['direct', 'dagelijks', 'uit'] as const;
export type VoorkeurKeuze = (typeof VOORKEUR_KEUZES)[number];

export const OUTBOX_DDL = `
  CREATE SCHEMA IF NOT EXISTS meldingen;
  CREATE TABLE IF NOT EXISTS meldingen.outbox (
    id              bigserial   PRIMARY KEY,
    event_id        text        NOT NULL,
    adres           text        NOT NULL,
    ontvanger       text        NOT NULL,
    soort           text        NOT NULL,
    signaal_id      text,
    positie         bigint,
    onderwerp       text        NOT NULL,
    tekst           text        NOT NULL,
    message_id      text        NOT NULL,
    status          text        NOT NULL,
    dag             date        NOT NULL,
    pogingen        integer     NOT NULL DEFAULT 0,
    volgende_poging timestamptz NOT NULL DEFAULT now(),
    laatste_fout    text,
    kanaal          text,
    aangemaakt_op   timestamptz NOT NULL DEFAULT now(),
    verzonden_op    timestamptz,
    bundel_id       bigint,
    UNIQUE (event_id, adres)
  );
  CREATE INDEX IF NOT EXISTS outbox_te_verzenden ON meldingen.outbox (volgende_poging, id) WHERE status = 'wachtend';
  CREATE INDEX IF NOT EXISTS outbox_status ON meldingen.outbox (status, id);
  CREATE INDEX IF NOT EXISTS outbox_wachtend_per_adres ON meldingen.outbox (adres, id) WHERE status = 'wachtend';
  CREATE TABLE IF NOT EXISTS meldingen.voorkeuren (
    ontvanger text NOT NULL,
    soort     text NOT NULL,
    keuze     text NOT NULL,
    PRIMARY KEY (ontvanger, soort)
  );
  -- since when the process manager knows each kind of mail: it mails a kind only of later events;
  -- the kinds of the first version were always known
  CREATE TABLE IF NOT EXISTS meldingen.soorten (
    soort text        PRIMARY KEY,
    sinds timestamptz NOT NULL DEFAULT now()
  );
  INSERT INTO meldingen.soorten (soort, sinds)
  SELECT unnest(ARRAY['doorsturing', 'antwoord', 'teruggestuurd', 'verduidelijking', 'heropend',
                      'terugkoppeling', 'termijn', 'duplicaat']), timestamptz '1970-01-01T00:00:00Z'
  ON CONFLICT (soort) DO NOTHING;
`;

export interface NieuweMail {
  eventId: string;
  adres: string;
  ontvanger: string;
  soort: MeldingSoort;
  signaalId?: string;
  positie?: number;
  onderwerp: string;
  tekst: string;
  messageId: string;
  /** Brussels date of the event (the daily digest bundles per day) */
  dag: string;
}

export interface OutboxMail {
  id: number;
  eventId: string;
  adres: string;
  ontvanger: string;
  soort: string;
  signaalId?: string;
  positie?: number;
  onderwerp: string;
  tekst: string;
  messageId: string;
  status: MailStatus;
  pogingen: number;
  volgendePoging?: string;
  laatsteFout?: string;
  kanaal?: string;
  aangemaaktOp: string;
  verzondenOp?: string;
}

interface Row {
  id: string;
  event_id: string;
  adres: string;
  ontvanger: string;
  soort: string;
  signaal_id: string | null;
  positie: string | null;
  onderwerp: string;
  tekst: string;
  message_id: string;
  status: MailStatus;
  pogingen: number;
  volgende_poging: Date;
  laatste_fout: string | null;
  kanaal: string | null;
  aangemaakt_op: Date;
  verzonden_op: Date | null;
}

const toMail = (row: Row): OutboxMail => ({
  id: Number(row.id),
  eventId: row.event_id,
  adres: row.adres,
  ontvanger: row.ontvanger,
  soort: row.soort,
  ...(row.signaal_id && { signaalId: row.signaal_id }),
  ...(row.positie && { positie: Number(row.positie) }),
  onderwerp: row.onderwerp,
  tekst: row.tekst,
  messageId: row.message_id,
  status: row.status,
  pogingen: row.pogingen,
  ...(row.status === 'wachtend' && { volgendePoging: row.volgende_poging.toISOString() }),
  ...(row.laatste_fout && { laatsteFout: row.laatste_fout }),
  ...(row.kanaal && { kanaal: row.kanaal }),
  aangemaaktOp: row.aangemaakt_op.toISOString(),
  ...(row.verzonden_op && { verzondenOp: row.verzonden_op.toISOString() }),
});

export const migrateOutbox = async (client: Pool | PoolClient): Promise<void> => {
  await client.query("SELECT pg_advisory_lock(hashtext('meldingen'))");
  try {
    await client.query(OUTBOX_DDL);
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('meldingen'))");
  }
};

/**
 * Adds mails; a mail already there for the same event and address is left alone. A mail without a
 * status gets the one its recipient chose for its kind (meldingen.voorkeuren): 'uit' leaves it
 * `uitgeschakeld`, 'dagelijks' holds it for the daily digest, otherwise it waits to be sent.
 */
export async function voegToe(client: PoolClient, mails: readonly (NieuweMail & { status?: MailStatus })[]) {
  if (mails.length === 0) return;
  const column = <K extends keyof NieuweMail | 'status'>(key: K) =>
    mails.map((mail) => (mail as unknown as Record<string, unknown>)[key] ?? null);
  await client.query(
    `INSERT INTO meldingen.outbox
       (event_id, adres, ontvanger, soort, signaal_id, positie, onderwerp, tekst, message_id, status, dag)
     SELECT m.event_id, m.adres, m.ontvanger, m.soort, m.signaal_id, m.positie, m.onderwerp, m.tekst,
            m.message_id,
            coalesce(m.status, CASE v.keuze WHEN 'uit' THEN 'uitgeschakeld' WHEN 'dagelijks' THEN 'dagelijks'
                                            ELSE 'wachtend' END),
            m.dag
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[],
                   $7::text[], $8::text[], $9::text[], $10::text[], $11::date[]) WITH ORDINALITY
            AS m (event_id, adres, ontvanger, soort, signaal_id, positie, onderwerp, tekst, message_id, status, dag, n)
       LEFT JOIN meldingen.voorkeuren v ON v.ontvanger = m.ontvanger AND v.soort = m.soort
      ORDER BY m.n -- the ids in the order given: an address's mails leave in that order
     ON CONFLICT (event_id, adres) DO NOTHING`,
    [
      column('eventId'),
      column('adres'),
      column('ontvanger'),
      column('soort'),
      column('signaalId'),
      column('positie'),
      column('onderwerp'),
      column('tekst'),
      column('messageId'),
      column('status'),
      column('dag'),
    ],
  );
}

/** The preferences of these recipients: `${ontvanger}\n${soort}` → keuze. */
export async function voorkeurenVan(
  client: Pool | PoolClient,
  ontvangers: readonly string[],
): Promise<Map<string, VoorkeurKeuze>> {
  if (ontvangers.length === 0) return new Map();
  const { rows } = await client.query<{ ontvanger: string; soort: string; keuze: VoorkeurKeuze }>(
    'SELECT ontvanger, soort, keuze FROM meldingen.voorkeuren WHERE ontvanger = ANY($1::text[])',
    [ontvangers],
  );
  return new Map(rows.map((row) => [`${row.ontvanger}\n${row.soort}`, row.keuze]));
}

/**
 * Records the kinds not known before as known from now on, and answers since when each kind is
 * known (ms): a kind new in this version mails no history, also not when the view is rebuilt.
 */
export async function kenSoorten(
  client: PoolClient,
  soorten: readonly string[],
): Promise<Map<string, number>> {
  await client.query(
    'INSERT INTO meldingen.soorten (soort) SELECT unnest($1::text[]) ON CONFLICT (soort) DO NOTHING',
    [soorten],
  );
  const { rows } = await client.query<{ soort: string; sinds: Date }>(
    'SELECT soort, sinds FROM meldingen.soorten',
  );
  return new Map(rows.map((row) => [row.soort, row.sinds.getTime()]));
}

export async function zetVoorkeur(pool: Pool, ontvanger: string, soort: string, keuze: VoorkeurKeuze) {
  await pool.query(
    `INSERT INTO meldingen.voorkeuren (ontvanger, soort, keuze) VALUES ($1, $2, $3)
     ON CONFLICT (ontvanger, soort) DO UPDATE SET keuze = excluded.keuze`,
    [ontvanger, soort, keuze],
  );
}

/**
 * Claims mails due for sending, in the order they were written per address; the rows stay locked until
 * the transaction ends. An address's mails go out one after the other: a mail is claimed only after
 * every earlier waiting mail to its address, so while one backs off (or another sender holds it) the
 * later ones wait rather than overtake it, and an unreachable server is tried once per backoff step
 * per address, not once per mail.
 */
export async function claim(client: PoolClient, limit: number): Promise<OutboxMail[]> {
  // The oldest waiting mail of each address (the sender that locks it, when due, has the address),
  // found by stepping from address to address through outbox_wachtend_per_adres: one index probe per
  // address with waiting mail, however many wait. Asked of each waiting row instead ("no earlier one
  // to its address"), it cost a probe per waiting row, or a join quadratic in them (17 s for 20,000
  // waiting mails to one address; docs/benchmarks.md, "Mail claim with a backlog").
  const { rows: koppen } = await client.query<Row>(
    `WITH RECURSIVE kop (adres, id) AS (
       (SELECT adres, id FROM meldingen.outbox WHERE status = 'wachtend' ORDER BY adres, id LIMIT 1)
       UNION ALL
       SELECT volgend.* FROM kop
        CROSS JOIN LATERAL (SELECT o.adres, o.id FROM meldingen.outbox o
                             WHERE o.status = 'wachtend' AND o.adres > kop.adres
                             ORDER BY o.adres, o.id LIMIT 1) volgend
     )
     SELECT * FROM meldingen.outbox
      WHERE id = ANY (ARRAY(SELECT id FROM kop)) AND status = 'wachtend' AND volgende_poging <= now()
      ORDER BY id
      LIMIT $1
      FOR UPDATE SKIP LOCKED`,
    [limit],
  );
  if (koppen.length === 0 || koppen.length === limit) return koppen.map(toMail);
  // then the due mails after them, up to the first that backs off
  const { rows: volgend } = await client.query<Row>(
    `SELECT * FROM meldingen.outbox o
      WHERE status = 'wachtend' AND adres = ANY($1::text[]) AND id <> ALL($2::bigint[])
        AND volgende_poging <= now()
        AND NOT EXISTS (SELECT 1 FROM meldingen.outbox e
                         WHERE e.status = 'wachtend' AND e.adres = o.adres AND e.id < o.id
                           AND e.volgende_poging > now())
      ORDER BY id
      LIMIT $3
      FOR UPDATE`,
    [koppen.map((row) => row.adres), koppen.map((row) => row.id), limit - koppen.length],
  );
  return [...koppen, ...volgend].map(toMail);
}

export async function markeerVerzonden(client: PoolClient, ids: readonly number[], kanaal: string) {
  if (ids.length === 0) return;
  await client.query(
    `UPDATE meldingen.outbox SET status = 'verzonden', verzonden_op = now(), kanaal = $2,
            pogingen = pogingen + 1, laatste_fout = NULL
      WHERE id = ANY($1::bigint[])`,
    [ids, kanaal],
  );
}

export async function markeerMislukt(
  client: PoolClient,
  id: number,
  fout: string,
  volgendePoging: number | 'parkeren',
) {
  await client.query(
    `UPDATE meldingen.outbox
        SET pogingen = pogingen + 1, laatste_fout = $2,
            status = CASE WHEN $3::bigint IS NULL THEN 'geparkeerd' ELSE status END,
            volgende_poging = CASE WHEN $3::bigint IS NULL THEN volgende_poging
                                   ELSE now() + $3::bigint * interval '1 millisecond' END
      WHERE id = $1`,
    [id, fout.slice(0, 1000), volgendePoging === 'parkeren' ? null : volgendePoging],
  );
}

/** Queues a parked mail again; false when there is no parked mail with that id. */
export async function zetOpnieuwInWachtrij(pool: Pool, id: number): Promise<boolean> {
  const { rowCount } = await pool.query(
    `UPDATE meldingen.outbox SET status = 'wachtend', pogingen = 0, volgende_poging = now()
      WHERE id = $1 AND status = 'geparkeerd'`,
    [id],
  );
  return rowCount === 1;
}

export async function lijst(
  pool: Pool,
  filter: { status?: MailStatus; adres?: string; limiet: number; offset: number },
): Promise<OutboxMail[]> {
  const { rows } = await pool.query<Row>(
    `SELECT * FROM meldingen.outbox
      WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR adres = $2)
      ORDER BY id LIMIT $3 OFFSET $4`,
    [filter.status ?? null, filter.adres ?? null, filter.limiet, filter.offset],
  );
  return rows.map(toMail);
}

export async function tellingen(pool: Pool): Promise<Partial<Record<MailStatus, number>>> {
  const { rows } = await pool.query<{ status: MailStatus; aantal: string }>(
    `SELECT status, count(*) AS aantal FROM meldingen.outbox
      WHERE status IN ('wachtend', 'geparkeerd', 'dagelijks') GROUP BY status`,
  );
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.aantal)]));
}

/** Mails waiting for a digest from days before `vandaag` (Brussels date), oldest first. */
export async function teBundelen(client: PoolClient, vandaag: string): Promise<OutboxMail[]> {
  const { rows } = await client.query<Row>(
    `SELECT * FROM meldingen.outbox WHERE status = 'dagelijks' AND dag < $1::date
      ORDER BY adres, id FOR UPDATE SKIP LOCKED`,
    [vandaag],
  );
  return rows.map(toMail);
}

export async function markeerGebundeld(
  client: PoolClient,
  ids: readonly number[],
  bundel: string,
  adres: string,
) {
  await client.query(
    `UPDATE meldingen.outbox SET status = 'gebundeld',
            bundel_id = (SELECT id FROM meldingen.outbox WHERE event_id = $2 AND adres = $3)
      WHERE id = ANY($1::bigint[])`,
    [ids, bundel, adres],
  );
}
