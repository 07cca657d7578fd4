import type { ReferenceData } from './reference-data';

/** Names for display (an unknown id is shown as is) and the wijkmanager of a raad. */
export interface Namen {
  raad(id: string): string;
  dienst(id: string): string;
  wijkmanager(raadId: string): { id: string; naam: string } | undefined;
}

export const namenUit = (reference: ReferenceData): Namen => ({
  raad: (id) => reference.raad(id)?.naam ?? id,
  dienst: (id) => reference.dienst(id)?.naam ?? id,
  wijkmanager: (raadId) => {
    const id = reference.raad(raadId)?.wijkmanager;
    return id === undefined ? undefined : { id, naam: reference.wijkmanager(id)?.naam ?? id };
  },
});
