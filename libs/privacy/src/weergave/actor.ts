import type { Gebruiker } from '@signaalspoor/auth';
import type { ActorRef } from '@signaalspoor/event-store';
import type { ReferenceData } from '@signaalspoor/reference-data';

/** An actor as a reader of the traject sees it: role and the name of the organisation or function. */
export interface GetoondeActor {
  rol: string;
  naam: string;
  /** the identity that acted (token `sub`): only for who must know it */
  id?: string;
}

/** Who may see which person acted: the wijkmanager coordinates the staff, auditors check them. */
const ZIET_WIE = new Set(['wijkmanager', 'auditor', 'beheerder']);

/**
 * The actor of a hop for this reader: for a raad or a dienst the role and the organisation ("Dorpsraad
 * Kermt", "de wijkmanager", "Dienst Mobiliteit"), never the token `sub`, which with a real identity
 * provider names a person. Names come from the reference data.
 */
export function toonActor(
  actor: ActorRef,
  waar: { raadId: string; dienstId?: unknown },
  kijker: Gebruiker,
  reference: ReferenceData,
): GetoondeActor {
  const naam = naamVan(actor, waar, reference);
  return { rol: actor.rol, naam, ...(ZIET_WIE.has(kijker.rol) && { id: actor.id }) };
}

function naamVan(
  actor: ActorRef,
  waar: { raadId: string; dienstId?: unknown },
  reference: ReferenceData,
): string {
  switch (actor.rol) {
    case 'raad':
      return reference.raad(waar.raadId)?.naam ?? 'de raad';
    case 'wijkmanager':
      return reference.wijkmanager(actor.id)?.naam ?? 'de wijkmanager';
    case 'dienst':
      return (typeof waar.dienstId === 'string' && reference.dienst(waar.dienstId)?.naam) || 'de dienst';
    case 'systeem':
      return 'Signaalspoor (automatisch)';
    default:
      return actor.rol;
  }
}
