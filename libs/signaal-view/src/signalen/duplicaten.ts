import type { SignaalView, TerugkoppelingView } from './signaal-view';
import type { SignaalViewRepository } from './signaal-view.repository';

// The links between duplicates and their main signaal, read from the signalen read model (each
// duplicate's view names its main signaal).

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
  terugkoppelingen: TerugkoppelingView[];
}

export interface Koppelingen {
  /** set when this signaal is a duplicate */
  duplicaatVan?: Hoofdsignaal;
  /** the signalen linked to this one as its duplicates */
  duplicaten: Koppeling[];
}

/** Links of one signaal; `raadId` limits the duplicates listed to one raad's (for a raad's own view). */
export async function koppelingenVan(
  views: SignaalViewRepository,
  view: SignaalView,
  raadId?: string,
): Promise<Koppelingen> {
  const duplicaten = await views.duplicatenVan(view.id, raadId);
  const hoofd = view.duplicaatVan ? await views.vind(view.duplicaatVan.signaalId) : null;
  return koppelingen(view, duplicaten, hoofd);
}

/**
 * The links of `view` from the views read with it: its duplicates (already limited to what the
 * reader may see) and its main signaal's view (null when it is none, or not in the read model).
 */
export function koppelingen(
  view: SignaalView,
  duplicaatViews: readonly SignaalView[],
  hoofd: SignaalView | null,
): Koppelingen {
  const duplicaten = duplicaatViews.map((d) => ({
    id: d.id,
    raadId: d.raadId,
    titel: d.titel,
    reden: d.duplicaatVan?.reden ?? '',
    gekoppeldOp: d.duplicaatVan?.op ?? '',
  }));
  if (!view.duplicaatVan || !hoofd) return { duplicaten };
  return {
    duplicaatVan: {
      id: hoofd.id,
      raadId: hoofd.raadId,
      titel: hoofd.titel,
      reden: view.duplicaatVan.reden,
      gekoppeldOp: view.duplicaatVan.op,
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
