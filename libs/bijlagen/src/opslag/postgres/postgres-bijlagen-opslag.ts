import { migreer, type Migratie } from '@signaalspoor/database';
import type { Pool } from 'pg';
import {
  CLAIM_MS,
  type BijlagenOpslag,
  type Deel,
  type GelezenBestand,
  type Stand,
  type Weergave,
} from '../bijlagen-opslag';

/** The attachments' tables, step by step (owner `bijlagen` in `schema_versies`); a change is a new step. */
const MIGRATIES: Migratie[] = [
  {
    versie: 1,
    naam: 'bijlagen.bestanden',
    sql: `
CREATE SCHEMA IF NOT EXISTS bijlagen;
-- The bytes of each attachment, encrypted with a person key (privacy.persoonssleutels): destroying
-- that key leaves ciphertext only. The event BijlageToegevoegd in the log references the id.
CREATE TABLE IF NOT EXISTS bijlagen.bestanden (
  id          uuid        PRIMARY KEY,
  signaal_id  uuid        NOT NULL,
  sleutel     uuid        NOT NULL,
  origineel   bytea       NOT NULL,
  miniatuur   bytea,
  bewaard_op  timestamptz NOT NULL DEFAULT now()
);
-- the bytes are compressed already (JPEG, WebP, encrypted): no TOAST compression attempt
ALTER TABLE bijlagen.bestanden ALTER COLUMN origineel SET STORAGE EXTERNAL;
ALTER TABLE bijlagen.bestanden ALTER COLUMN miniatuur SET STORAGE EXTERNAL;
CREATE INDEX IF NOT EXISTS bestanden_signaal ON bijlagen.bestanden (signaal_id);
`,
  },
  {
    versie: 2,
    naam: 'bijlagen.delen',
    sql: `
-- Bytes in chunks of at most 256 KB (bijlagen.delen), each sealed with the attachment's own data key,
-- which is sealed with the person key (data_sleutel). Rows from before keep origineel/miniatuur whole
-- and are read as they are; new rows leave both NULL.
ALTER TABLE bijlagen.bestanden ALTER COLUMN origineel DROP NOT NULL;
-- NULL while the chunks are being written: incomplete bytes are never served
ALTER TABLE bijlagen.bestanden ALTER COLUMN sleutel DROP NOT NULL;
ALTER TABLE bijlagen.bestanden ADD COLUMN IF NOT EXISTS data_sleutel bytea;
-- of the plain original, as BijlageToegevoegd has it: a retry of an upload is checked against it
ALTER TABLE bijlagen.bestanden ADD COLUMN IF NOT EXISTS sha256 text;
-- true once the event BijlageToegevoegd references the bytes; rows from before are checked once
ALTER TABLE bijlagen.bestanden ADD COLUMN IF NOT EXISTS bevestigd boolean NOT NULL DEFAULT false;
CREATE INDEX IF NOT EXISTS bestanden_onbevestigd ON bijlagen.bestanden (bewaard_op) WHERE NOT bevestigd;
CREATE TABLE IF NOT EXISTS bijlagen.delen (
  bijlage_id  uuid    NOT NULL REFERENCES bijlagen.bestanden (id) ON DELETE CASCADE,
  weergave    text    NOT NULL CHECK (weergave IN ('origineel', 'miniatuur')),
  volgnummer  integer NOT NULL,
  data        bytea   NOT NULL,
  PRIMARY KEY (bijlage_id, weergave, volgnummer)
);
ALTER TABLE bijlagen.delen ALTER COLUMN data SET STORAGE EXTERNAL;
`,
  },
  {
    versie: 3,
    naam: 'bijlagen.bestanden claim',
    sql: `
-- The try (one request) that writes the bytes, and when it last said it is alive: two requests with
-- one Idempotency-Key share the attachment id, and only the claimant writes; a claim that is no longer
-- renewed (its process died) may be taken over. Rows from before are complete: neither matters.
ALTER TABLE bijlagen.bestanden ADD COLUMN IF NOT EXISTS poging uuid;
ALTER TABLE bijlagen.bestanden ADD COLUMN IF NOT EXISTS levend_op timestamptz NOT NULL DEFAULT now();
`,
  },
];

/** Bytes still being written: no keys yet, nothing whole. */
const ONVOLLEDIG = 'sleutel IS NULL AND origineel IS NULL';

/**
 * Attachments in PostgreSQL, in the `bijlagen` schema of the app's database: a header row per
 * attachment and its bytes as rows of at most DEEL_BYTES (plus the seal), written one statement at a
 * time and read one row at a time, so neither side holds more than a chunk of an attachment.
 */
export class PostgresBijlagenOpslag implements BijlagenOpslag {
  constructor(private readonly pool: Pool) {}

  async migrate(): Promise<void> {
    await migreer(this.pool, 'bijlagen', MIGRATIES);
  }

  async begin(id: string, signaalId: string, poging: string): Promise<Exclude<Stand, { stand: 'weg' }>> {
    // a claim no longer renewed: its try died while writing, its bytes go (the chunks cascade)
    await this.pool.query(
      `DELETE FROM bijlagen.bestanden
       WHERE id = $1 AND ${ONVOLLEDIG} AND levend_op < now() - make_interval(secs => $2 / 1000.0)`,
      [id, CLAIM_MS],
    );
    const { rowCount } = await this.pool.query(
      `INSERT INTO bijlagen.bestanden (id, signaal_id, poging) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING`,
      [id, signaalId, poging],
    );
    if (rowCount === 1) return { stand: 'nieuw' } as const;
    const stand = await this.kijk(id);
    // removed between the insert and the look (its try was refused): another look claims it
    return stand.stand === 'weg' ? this.begin(id, signaalId, poging) : stand;
  }

  async kijk(id: string): Promise<Exclude<Stand, { stand: 'nieuw' }>> {
    const { rows } = await this.pool.query<{ sha256: string | null; bezig: boolean }>(
      `SELECT sha256, ${ONVOLLEDIG} AS bezig FROM bijlagen.bestanden WHERE id = $1`,
      [id],
    );
    const rij = rows[0];
    if (!rij) return { stand: 'weg' };
    return rij.bezig ? { stand: 'bezig' } : { stand: 'klaar', sha256: rij.sha256 ?? undefined };
  }

  async verleng(id: string, poging: string): Promise<void> {
    await this.pool.query(
      `UPDATE bijlagen.bestanden SET levend_op = now() WHERE id = $1 AND poging = $2 AND ${ONVOLLEDIG}`,
      [id, poging],
    );
  }

  async schrijf(id: string, poging: string, { weergave, volgnummer, versleuteld }: Deel): Promise<boolean> {
    // the claim's row locked while the chunk goes in: a take-over waits, then removes the chunk too
    const { rowCount } = await this.pool.query(
      `INSERT INTO bijlagen.delen (bijlage_id, weergave, volgnummer, data)
       SELECT id, $3, $4, $5 FROM bijlagen.bestanden WHERE id = $1 AND poging = $2 AND ${ONVOLLEDIG}
       FOR SHARE`,
      [id, poging, weergave, volgnummer, versleuteld],
    );
    return rowCount === 1;
  }

  async voltooi(
    id: string,
    poging: string,
    { sleutel, dataSleutel, sha256 }: { sleutel: string; dataSleutel: Buffer; sha256: string },
  ): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE bijlagen.bestanden SET sleutel = $3, data_sleutel = $4, sha256 = $5
       WHERE id = $1 AND poging = $2 AND ${ONVOLLEDIG}`,
      [id, poging, sleutel, dataSleutel, sha256],
    );
    return rowCount === 1;
  }

  async bevestig(id: string): Promise<void> {
    await this.pool.query('UPDATE bijlagen.bestanden SET bevestigd = true WHERE id = $1 AND NOT bevestigd', [
      id,
    ]);
  }

  async lees(signaalId: string, id: string, weergave: Weergave): Promise<GelezenBestand | null> {
    const { rows } = await this.pool.query<{ sleutel: string; data_sleutel: Buffer | null; heel: boolean }>(
      `SELECT sleutel, data_sleutel, origineel IS NOT NULL AS heel
       FROM bijlagen.bestanden WHERE id = $1 AND signaal_id = $2 AND sleutel IS NOT NULL`,
      [id, signaalId],
    );
    const kop = rows[0];
    if (!kop) return null;
    if (kop.data_sleutel) {
      return {
        vorm: 'delen',
        sleutel: kop.sleutel,
        dataSleutel: kop.data_sleutel,
        delen: this.delen(id, weergave),
      };
    }
    // stored whole, before chunking: at most 10 MB, read as it is
    const kolom = weergave === 'miniatuur' ? 'miniatuur' : 'origineel';
    const heel = await this.pool.query<{ versleuteld: Buffer | null }>(
      `SELECT ${kolom} AS versleuteld FROM bijlagen.bestanden WHERE id = $1`,
      [id],
    );
    const versleuteld = heel.rows[0]?.versleuteld;
    return versleuteld ? { vorm: 'heel', sleutel: kop.sleutel, versleuteld } : null;
  }

  /** The chunks one row per query: a chunk's hex text (twice its size) is the most held at once. */
  private async *delen(id: string, weergave: Weergave): AsyncIterable<Deel> {
    for (let volgnummer = 0; ; volgnummer++) {
      const { rows } = await this.pool.query<{ data: Buffer; meer: boolean }>(
        `SELECT data, EXISTS (SELECT 1 FROM bijlagen.delen
           WHERE bijlage_id = $1 AND weergave = $2 AND volgnummer = $3 + 1) AS meer
         FROM bijlagen.delen WHERE bijlage_id = $1 AND weergave = $2 AND volgnummer = $3`,
        [id, weergave, volgnummer],
      );
      const rij = rows[0];
      if (!rij) return;
      yield { weergave, volgnummer, laatste: !rij.meer, versleuteld: rij.data };
      if (!rij.meer) return;
    }
  }

  async onbevestigd(voor: Date): Promise<{ id: string; signaalId: string }[]> {
    const { rows } = await this.pool.query<{ id: string; signaalId: string }>(
      `SELECT id, signaal_id AS "signaalId" FROM bijlagen.bestanden
       WHERE NOT bevestigd AND bewaard_op < $1 ORDER BY bewaard_op LIMIT 1000`,
      [voor],
    );
    return rows;
  }

  async verwijder(id: string, poging?: string): Promise<void> {
    await this.pool.query(
      'DELETE FROM bijlagen.bestanden WHERE id = $1 AND ($2::uuid IS NULL OR poging = $2)',
      [id, poging ?? null],
    );
  }
}
