import { createHash } from 'node:crypto';
import type { Migratie } from '@signaalspoor/database';
import type { EventStore } from '@signaalspoor/event-store';
import type { ClientBase } from 'pg';
import { LOGBOEK_HERVERZEGELD, LOGBOEK_STREAM, type Herverzegeling } from './herverzegeling-event';
import { allStoredEvents } from './opgeslagen-events';
import { LogVerifier } from './verifier';

/** The step of the `logboek` owner that reseals a log from before the seals; nothing to do on a newer one. */
export function herverzegelMigratie(store: EventStore, sleutelId: string): Migratie {
  return {
    versie: 1,
    naam: 'herverzegel de events van vóór de zegels',
    run: async (client) => {
      const herverzegeling = await teHerverzegelen(client, sleutelId);
      if (herverzegeling) await schrijf(store, herverzegeling);
    },
  };
}

/**
 * The range to reseal, after checking its chain from position 1: a log whose old part was already
 * changed is refused, never vouched for.
 */
async function teHerverzegelen(client: ClientBase, sleutel: string): Promise<Herverzegeling | undefined> {
  const { rows } = await client.query<{ tot: string | null; aantal: string }>(
    `SELECT max(position) AS tot, count(*) AS aantal FROM events WHERE NOT (metadata ? 'zegel')`,
  );
  const tot = rows[0]?.tot === null || rows[0]?.tot === undefined ? undefined : Number(rows[0].tot);
  if (tot === undefined) return undefined;
  // the chain only: these events have no seal to check yet
  const verifier = new LogVerifier();
  for await (const event of allStoredEvents(client)) {
    if (event.position > tot) break;
    if (!verifier.add(event)) break;
  }
  const { eersteAfwijking } = verifier.finish();
  if (eersteAfwijking || verifier.head.positie !== tot) {
    throw new Error(
      `het logboek van vóór de zegels klopt niet op positie ${eersteAfwijking?.positie ?? verifier.head.positie + 1}` +
        ` (${eersteAfwijking?.reden ?? 'een event ontbreekt'}): een geschonden logboek wordt niet herverzegeld`,
    );
  }
  return {
    van: 1,
    tot,
    hash: verifier.head.hash,
    aantal: Number(rows[0].aantal),
    sleutel,
    tijd: new Date().toISOString(),
  };
}

/** Appended through the guarded store, so sealed; its id follows from the range, so a retry writes it once. */
async function schrijf(store: EventStore, herverzegeling: Herverzegeling): Promise<void> {
  const hex = createHash('sha256')
    .update(`${LOGBOEK_HERVERZEGELD}:${herverzegeling.tot}:${herverzegeling.hash}`)
    .digest('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  await store.append(
    LOGBOEK_STREAM,
    [
      {
        id,
        type: LOGBOEK_HERVERZEGELD,
        data: { ...herverzegeling },
        metadata: {
          actor: { rol: 'systeem', id: 'migraties' },
          correlationId: id,
          causationId: id,
          schemaVersion: 1,
          occurredAt: herverzegeling.tijd,
        },
      },
    ],
    'any',
  );
}
