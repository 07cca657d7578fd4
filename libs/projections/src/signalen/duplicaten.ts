import type { SignaalState } from '@signaalspoor/domain';
import type { Pool, PoolClient } from 'pg';

// The links between duplicates and their main signaal, read from the signalen read model (each
// duplicate's state names its main signaal). The only SQL about duplicates on the read side.

export interface Koppeling {
  id: string;
  raadId: string;
  titel: string;
  reden: string;
  gekoppeldOp: string;
}

/** The main signaal as its duplicates see it: its answers and its feedback to its raad. */
export interface Hoofdsignaal extends Koppeling {
  status: string;
  antwoorden: {
    dienstId: string;
    besluit: string;
    antwoord: string;
    beantwoordOp: string;
    verwachteDatum?: string;
  }[];
  terugkoppelingen: SignaalState['terugkoppelingen'];
}

export interface Koppelingen {
  /** set when this signaal is a duplicate */
  duplicaatVan?: Hoofdsignaal;
  /** the signalen linked to this one as its duplicates */
  duplicaten: Koppeling[];
}

/** Links of one signaal; `raadId` limits the duplicates listed to one raad's (for a raad's own view). */
export async function koppelingenVan(
  db: Pool | PoolClient,
  state: SignaalState,
  raadId?: string,
): Promise<Koppelingen> {
  const { rows } = await db.query<{ state: SignaalState }>(
    `SELECT state FROM projectie.signalen
      WHERE state->'duplicaatVan'->>'signaalId' = $1 AND ($2::text IS NULL OR raad_id = $2)
      ORDER BY ingediend_op, signaal_id`,
    [state.signaalId, raadId ?? null],
  );
  const duplicaten = rows.map(({ state: d }) => ({
    id: d.signaalId,
    raadId: d.raadId,
    titel: d.titel,
    reden: d.duplicaatVan?.reden ?? '',
    gekoppeldOp: d.duplicaatVan?.op ?? '',
  }));
  if (!state.duplicaatVan) return { duplicaten };
  const hoofd = (
    await db.query<{ state: SignaalState }>('SELECT state FROM projectie.signalen WHERE signaal_id = $1', [
      state.duplicaatVan.signaalId,
    ])
  ).rows[0]?.state;
  if (!hoofd) return { duplicaten };
  return {
    duplicaatVan: {
      id: hoofd.signaalId,
      raadId: hoofd.raadId,
      titel: hoofd.titel,
      reden: state.duplicaatVan.reden,
      gekoppeldOp: state.duplicaatVan.op,
      status: hoofd.status,
      antwoorden: hoofd.doorsturingen
        .filter((d) => d.status === 'beantwoord')
        .map((d) => ({
          dienstId: d.dienstId,
          besluit: d.besluit ?? '',
          antwoord: d.antwoord ?? '',
          beantwoordOp: d.beantwoordOp ?? '',
          ...(d.verwachteDatum && { verwachteDatum: d.verwachteDatum }),
        })),
      terugkoppelingen: hoofd.terugkoppelingen,
    },
    duplicaten,
  };
}
