import type { ReferenceData } from '@signaalspoor/reference-data';

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
