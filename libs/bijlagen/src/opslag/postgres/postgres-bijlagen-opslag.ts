import { migreer, type Migratie } from '@signaalspoor/database';
import type { Pool } from 'pg';
import type { BijlagenOpslag, Deel, GelezenBestand, Weergave } from '../bijlagen-opslag';

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
];

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

  async begin(id: string, signaalId: string) {
    await this.pool.query(
      'DELETE FROM bijlagen.bestanden WHERE id = $1 AND sleutel IS NULL AND origineel IS NULL',
      [id],
    );
    const { rowCount } = await this.pool.query(
      `INSERT INTO bijlagen.bestanden (id, signaal_id) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`,
      [id, signaalId],
    );
    if (rowCount === 1) return { nieuw: true } as const;
    const { rows } = await this.pool.query<{ sha256: string | null }>(
      'SELECT sha256 FROM bijlagen.bestanden WHERE id = $1',
      [id],
    );
    return { nieuw: false, sha256: rows[0]?.sha256 ?? undefined } as const;
  }

  async schrijf(id: string, { weergave, volgnummer, versleuteld }: Deel): Promise<void> {
    await this.pool.query(
      'INSERT INTO bijlagen.delen (bijlage_id, weergave, volgnummer, data) VALUES ($1, $2, $3, $4)',
      [id, weergave, volgnummer, versleuteld],
    );
  }

  async voltooi(
    id: string,
    { sleutel, dataSleutel, sha256 }: { sleutel: string; dataSleutel: Buffer; sha256: string },
  ) {
    await this.pool.query(
      'UPDATE bijlagen.bestanden SET sleutel = $2, data_sleutel = $3, sha256 = $4 WHERE id = $1',
      [id, sleutel, dataSleutel, sha256],
    );
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

  async verwijder(id: string): Promise<void> {
    await this.pool.query('DELETE FROM bijlagen.bestanden WHERE id = $1', [id]);
  }
}
