import { AuthFout, type Gebruiker } from '@signaalspoor/auth';
import type { ReferenceData } from '@signaalspoor/reference-data';

/** What the access rules need to know of a signaal. */
export interface SignaalToegang {
  raadId: string;
  /** every dienst the signaal was ever routed to */
  dienstIds: string[];
}

/**
 * Who may see a signaal: its own raad; the wijkmanager of that raad; a dienst it was routed to;
 * auditors and beheerders (read-only).
 */
export function magZien(gebruiker: Gebruiker, signaal: SignaalToegang, reference: ReferenceData): boolean {
  switch (gebruiker.rol) {
    case 'raad':
      return signaal.raadId === gebruiker.raadId;
    case 'wijkmanager':
      return reference.raad(signaal.raadId)?.wijkmanager === gebruiker.sub;
    case 'dienst':
      return gebruiker.dienstId !== undefined && signaal.dienstIds.includes(gebruiker.dienstId);
    case 'auditor':
    case 'beheerder':
      return true;
  }
}

/** Who acts for the signaal in a command: its own raad, or the wijkmanager of that raad. */
export type Handelaar = 'raad' | 'wijkmanager' | 'dienst';

export function eisHandelaar(
  gebruiker: Gebruiker,
  signaal: SignaalToegang,
  handelaar: Handelaar,
  reference: ReferenceData,
): void {
  const mag =
    gebruiker.rol === handelaar &&
    (handelaar === 'raad'
      ? signaal.raadId === gebruiker.raadId
      : handelaar === 'wijkmanager'
        ? reference.raad(signaal.raadId)?.wijkmanager === gebruiker.sub
        : gebruiker.dienstId !== undefined && signaal.dienstIds.includes(gebruiker.dienstId));
  if (!mag) throw new AuthFout('GEEN_TOEGANG', 'Dit signaal valt niet onder jouw bevoegdheid.');
}
