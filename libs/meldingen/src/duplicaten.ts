import type { SignaalEvent, SignaalState } from '@signaalspoor/domain';
import type { PoolClient } from 'pg';
import type { GekoppeldSignaal } from './berichten';

// The duplicates the mail process manager knows of, kept in its own transaction with its checkpoint,
// so an answer to a main signaal reaches exactly the signalen linked to it at that moment.

const DDL = `
  CREATE TABLE IF NOT EXISTS meldingen.duplicaten (
    signaal_id text PRIMARY KEY,
    hoofd_id   text NOT NULL,
    raad_id    text NOT NULL,
    titel      text NOT NULL
  );
  CREATE INDEX IF NOT EXISTS duplicaten_hoofd ON meldingen.duplicaten (hoofd_id);
`;

export const migrateDuplicaten = async (client: PoolClient): Promise<void> => {
  await client.query(DDL);
};

/** Follows the linking and unlinking of duplicates (events in the duplicate's own stream). */
export async function volgDuplicaten(
  client: PoolClient,
  event: SignaalEvent,
  state: SignaalState,
): Promise<void> {
  if (event.type === 'GekoppeldAlsDuplicaat') {
    await client.query(
      `INSERT INTO meldingen.duplicaten (signaal_id, hoofd_id, raad_id, titel) VALUES ($1, $2, $3, $4)
       ON CONFLICT (signaal_id) DO UPDATE SET hoofd_id = excluded.hoofd_id`,
      [state.signaalId, event.data.hoofdSignaalId, state.raadId, state.titel],
    );
  } else if (event.type === 'DuplicaatOntkoppeld') {
    await client.query('DELETE FROM meldingen.duplicaten WHERE signaal_id = $1', [state.signaalId]);
  }
}

export async function duplicatenVan(client: PoolClient, hoofdId: string): Promise<GekoppeldSignaal[]> {
  const { rows } = await client.query<{ signaal_id: string; raad_id: string; titel: string }>(
    'SELECT signaal_id, raad_id, titel FROM meldingen.duplicaten WHERE hoofd_id = $1 ORDER BY signaal_id',
    [hoofdId],
  );
  return rows.map((row) => ({ signaalId: row.signaal_id, raadId: row.raad_id, titel: row.titel }));
}
