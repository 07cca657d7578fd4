import { plusWerkdagen, type TermijnBeleid } from '@signaalspoor/domain';

/**
 * By when a dienst must answer an open doorsturing (the `antwoord-dienst` deadline of the domain:
 * working days from the routing in the city's calendar); undefined once it is no longer open.
 */
export function antwoordUiterlijk(
  status: string,
  doorgestuurdOp: string,
  beleid: Pick<TermijnBeleid, 'antwoordDienstWerkdagen' | 'extraVrijeDagen'>,
): string | undefined {
  if (status !== 'doorgestuurd' && status !== 'opgepakt') return undefined;
  return plusWerkdagen(doorgestuurdOp, beleid.antwoordDienstWerkdagen, beleid.extraVrijeDagen);
}
