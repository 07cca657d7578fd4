/** The stored bytes of one attachment: encrypted, with the id of the key that opens them. */
export interface OpgeslagenBestand {
  /** the attachment's id (BijlageToegevoegd.bijlageId) */
  id: string;
  signaalId: string;
  /** the person key (libs/logboek PersoonsSleutels) that encrypted both */
  sleutel: string;
  /** the attachment as stored (photos: re-encoded), encrypted */
  origineel: Buffer;
  /** a thumbnail of a photo, encrypted; absent for a PDF */
  miniatuur?: Buffer;
}

export type Weergave = 'origineel' | 'miniatuur';

/**
 * Where the bytes of attachments live: PostgreSQL by default (postgres/), an object store could take
 * over. The event BijlageToegevoegd is the truth about an attachment; bytes without that event
 * (a crash between the two writes) are never served and may be removed.
 */
export interface BijlagenOpslag {
  migrate(): Promise<void>;
  /** Stores the bytes under their id; a second write under the same id (a retry) keeps the first. */
  bewaar(bestand: OpgeslagenBestand): Promise<void>;
  /** The encrypted bytes of one attachment of this signaal, or null when there are none. */
  lees(
    signaalId: string,
    id: string,
    weergave: Weergave,
  ): Promise<{ sleutel: string; versleuteld: Buffer } | null>;
  /** Removes bytes that no event references (an upload that was refused after storing). */
  verwijder(id: string): Promise<void>;
}

export const BIJLAGEN_OPSLAG = Symbol('BIJLAGEN_OPSLAG');
