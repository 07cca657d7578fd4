import type { Pool } from 'pg';
import type { BijlagenOpslag, OpgeslagenBestand, Weergave } from '../bijlagen-opslag';

const MIGRATION = `
SELECT pg_advisory_xact_lock(hashtext('signaalspoor.bijlagen.migrate'));
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
`;

/** Attachments in PostgreSQL, in the `bijlagen` schema of the app's database. */
export class PostgresBijlagenOpslag implements BijlagenOpslag {
  constructor(private readonly pool: Pool) {}

  async migrate(): Promise<void> {
    await this.pool.query(MIGRATION);
  }

  async bewaar({ id, signaalId, sleutel, origineel, miniatuur }: OpgeslagenBestand): Promise<void> {
    await this.pool.query(
      `INSERT INTO bijlagen.bestanden (id, signaal_id, sleutel, origineel, miniatuur)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
      [id, signaalId, sleutel, origineel, miniatuur ?? null],
    );
  }

  async lees(signaalId: string, id: string, weergave: Weergave) {
    const kolom = weergave === 'miniatuur' ? 'miniatuur' : 'origineel';
    const { rows } = await this.pool.query<{ sleutel: string; versleuteld: Buffer | null }>(
      `SELECT sleutel, ${kolom} AS versleuteld FROM bijlagen.bestanden WHERE id = $1 AND signaal_id = $2`,
      [id, signaalId],
    );
    const row = rows[0];
    return row?.versleuteld ? { sleutel: row.sleutel, versleuteld: row.versleuteld } : null;
  }

  async verwijder(id: string): Promise<void> {
    await this.pool.query('DELETE FROM bijlagen.bestanden WHERE id = $1', [id]);
  }
}
