export type Weergave = 'origineel' | 'miniatuur';

/** One chunk of an attachment's bytes as stored: at most DEEL_BYTES of plain bytes, sealed. */
export interface Deel {
  weergave: Weergave;
  /** 0, 1, 2, … in the order of the bytes */
  volgnummer: number;
  /** whether this is the weergave's last chunk (sealed into it: a truncated attachment does not open) */
  laatste: boolean;
  versleuteld: Buffer;
}

/** The stored bytes of one attachment, as read: chunks, or one whole ciphertext from before chunking. */
export type GelezenBestand =
  | {
      vorm: 'delen';
      /** the person key (libs/logboek PersoonsSleutels) that sealed the attachment's data key */
      sleutel: string;
      /** the attachment's data key, sealed with the person key */
      dataSleutel: Buffer;
      delen: AsyncIterable<Deel>;
    }
  | { vorm: 'heel'; sleutel: string; versleuteld: Buffer };

/**
 * Where the bytes of attachments live: PostgreSQL by default (postgres/), an object store could take
 * over. Written in bounded chunks, one at a time, and read back the same way: no process holds an
 * attachment whole. The event BijlageToegevoegd is the truth about an attachment; bytes it does not
 * reference (a refusal, a crash between the writes) are never served, and `onbevestigd` finds them
 * for removal.
 */
export interface BijlagenOpslag {
  migrate(): Promise<void>;
  /**
   * Starts the bytes of an attachment of this signaal. When complete bytes are stored under this id
   * already (a retry of an upload), those stay and the answer is their SHA-256 (none for bytes stored
   * whole, before chunking): nothing is to be written. Incomplete bytes under the id (a try that died while writing) are replaced.
   */
  begin(id: string, signaalId: string): Promise<{ nieuw: true } | { nieuw: false; sha256?: string }>;
  /** Writes one chunk; chunks of a weergave come in order. */
  schrijf(id: string, deel: Deel): Promise<void>;
  /** Completes the bytes: the person key, the data key it sealed, and the SHA-256 of the plain original. */
  voltooi(id: string, bestand: { sleutel: string; dataSleutel: Buffer; sha256: string }): Promise<void>;
  /** Records that the event BijlageToegevoegd references the bytes: they are never swept. */
  bevestig(id: string): Promise<void>;
  /** The stored bytes of one attachment of this signaal, or null when there are none. */
  lees(signaalId: string, id: string, weergave: Weergave): Promise<GelezenBestand | null>;
  /** Bytes not (yet) confirmed, stored before `voor`: refused uploads or crashes, unless their event came. */
  onbevestigd(voor: Date): Promise<{ id: string; signaalId: string }[]>;
  /** Removes the bytes of an attachment (one that no event references). */
  verwijder(id: string): Promise<void>;
}

export const BIJLAGEN_OPSLAG = Symbol('BIJLAGEN_OPSLAG');
