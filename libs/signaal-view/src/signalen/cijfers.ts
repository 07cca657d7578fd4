import type { CijferRij, CijfersPer, SignaalViewRepository } from './signaal-view.repository';

/** Feedback figures of one group of signalen (a raad, a thema or a year). */
export interface TerugkoppelingsCijfers {
  sleutel: string;
  signalen: number;
  ingetrokken: number;
  /** signalen, not withdrawn, that got a definitive terugkoppeling */
  teruggekoppeld: number;
  /** teruggekoppeld / (signalen − ingetrokken); null when nothing is left to count */
  terugkoppelingsgraad: number | null;
  /** median days from submission to the first definitive terugkoppeling */
  mediaanDagenTotTerugkoppeling: number | null;
}

/** Answer figures of one dienst over its doorsturingen. */
export interface DienstCijfers {
  sleutel: string;
  doorsturingen: number;
  beantwoord: number;
  teruggestuurd: number;
  /** median days from routing to the answer */
  mediaanDagenTotAntwoord: number | null;
}

const dagen = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** The figures of a dienst from its raw counts. */
export const dienstCijfers = (rij: CijferRij): DienstCijfers => ({
  sleutel: rij.sleutel,
  doorsturingen: rij.doorsturingen ?? 0,
  beantwoord: rij.beantwoord ?? 0,
  teruggestuurd: rij.teruggestuurd ?? 0,
  mediaanDagenTotAntwoord: dagen(rij.mediaan),
});

/** The feedback figures of a raad, thema or year from its raw counts. */
export function terugkoppelingsCijfers(rij: CijferRij): TerugkoppelingsCijfers {
  const signalen = rij.signalen ?? 0;
  const ingetrokken = rij.ingetrokken ?? 0;
  const teruggekoppeld = rij.teruggekoppeld ?? 0;
  const telbaar = signalen - ingetrokken;
  return {
    sleutel: rij.sleutel,
    signalen,
    ingetrokken,
    teruggekoppeld,
    terugkoppelingsgraad: telbaar > 0 ? Math.round((teruggekoppeld / telbaar) * 1000) / 1000 : null,
    mediaanDagenTotTerugkoppeling: dagen(rij.mediaan),
  };
}

/** Figures over the signalen read model, optionally for the signalen submitted in one year (UTC). */
export async function cijfers(
  views: SignaalViewRepository,
  per: CijfersPer,
  jaar?: number,
): Promise<(TerugkoppelingsCijfers | DienstCijfers)[]> {
  const rijen = await views.cijfers(per, jaar);
  return per === 'dienst' ? rijen.map(dienstCijfers) : rijen.map(terugkoppelingsCijfers);
}
