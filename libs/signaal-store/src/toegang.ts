import type { Actor, SignaalState } from '@signaalspoor/domain';
import type { ReferenceData } from '@signaalspoor/reference-data';
import { CommandFout } from './errors';

/** What the access rules need to know of a signaal. */
export interface SignaalToegang {
  raadId: string;
  /** every dienst the signaal was ever routed to */
  dienstIds: string[];
}

/** Who looks: the signed-in user's role and claims. */
export interface Kijker {
  rol: string;
  sub: string;
  raadId?: string;
  dienstId?: string;
}

/**
 * Who may see a signaal: its own raad; the wijkmanager of that raad; a dienst it was routed to;
 * auditors and beheerders (read-only).
 */
export function magZien(kijker: Kijker, signaal: SignaalToegang, reference: ReferenceData): boolean {
  switch (kijker.rol) {
    case 'raad':
      return signaal.raadId === kijker.raadId;
    case 'wijkmanager':
      return reference.raad(signaal.raadId)?.wijkmanager === kijker.sub;
    case 'dienst':
      return kijker.dienstId !== undefined && signaal.dienstIds.includes(kijker.dienstId);
    case 'auditor':
    case 'beheerder':
      return true;
    default:
      return false;
  }
}

/** Who acts for the signaal in a command: its own raad, the wijkmanager of that raad, or a dienst it was routed to. */
export type Handelaar = 'raad' | 'wijkmanager' | 'dienst';

/**
 * A command's authorization: refuses (GEEN_TOEGANG) an actor that is not the signaal's `handelaar`.
 * An unknown signaal (null) is left to the decider, which refuses it as unknown.
 */
export const alleenVoor =
  (handelaar: Handelaar, actor: Actor, reference: ReferenceData) =>
  (state: SignaalState | null): void => {
    if (state) eisHandelaar(actor, state, handelaar, reference);
  };

function eisHandelaar(
  actor: Actor,
  state: SignaalState,
  handelaar: Handelaar,
  reference: ReferenceData,
): void {
  const mag =
    actor.rol === handelaar &&
    (handelaar === 'raad'
      ? state.raadId === actor.raadId
      : handelaar === 'wijkmanager'
        ? reference.raad(state.raadId)?.wijkmanager === actor.id
        : actor.dienstId !== undefined && state.doorsturingen.some((d) => d.dienstId === actor.dienstId));
  if (!mag) throw new CommandFout('GEEN_TOEGANG', 'Dit signaal valt niet onder jouw bevoegdheid.');
}
