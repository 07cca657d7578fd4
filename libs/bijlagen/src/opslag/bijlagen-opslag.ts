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
   * Claims the id for the try `poging` and starts the bytes of an attachment of this signaal (`nieuw`).
   * When complete bytes are stored under the id already (a retry of an upload), those stay (`klaar`);
   * while another try writes them and renews its claim, `bezig`: in neither case is anything written.
   * Incomplete bytes whose claim is older than CLAIM_MS (a try that died while writing) are replaced.
   */
  begin(id: string, signaalId: string, poging: string): Promise<Exclude<Stand, { stand: 'weg' }>>;
  /** How the bytes under the id stand now, claiming nothing. */
  kijk(id: string): Promise<Exclude<Stand, { stand: 'nieuw' }>>;
  /** Renews the claim of try `poging` on the id. */
  verleng(id: string, poging: string): Promise<void>;
  /** Writes one chunk of try `poging`; chunks of a weergave come in order. False: the claim was taken over. */
  schrijf(id: string, poging: string, deel: Deel): Promise<boolean>;
  /**
   * Completes the bytes of try `poging`: the person key, the data key it sealed, and the SHA-256 of
   * the plain original. False: the claim was taken over.
   */
  voltooi(
    id: string,
    poging: string,
    bestand: { sleutel: string; dataSleutel: Buffer; sha256: string },
  ): Promise<boolean>;
  /** Records that the event BijlageToegevoegd references the bytes: they are never swept. */
  bevestig(id: string): Promise<void>;
  /** The stored bytes of one attachment of this signaal, or null when there are none. */
  lees(signaalId: string, id: string, weergave: Weergave): Promise<GelezenBestand | null>;
  /** Bytes not (yet) confirmed, stored before `voor`: refused uploads or crashes, unless their event came. */
  onbevestigd(voor: Date): Promise<{ id: string; signaalId: string }[]>;
  /** Removes the bytes of an attachment (one that no event references); given `poging`, only that try's. */
  verwijder(id: string, poging?: string): Promise<void>;
}

/**
 * How an upload under an id finds the bytes: its own to write (`nieuw`), another try's still being
 * written (`bezig`), complete (`klaar`, with the SHA-256 of the plain original; none for bytes stored
 * whole, before chunking) or none at all (`weg`: that try was refused or went away).
 */
export type Stand =
  { stand: 'nieuw' } | { stand: 'bezig' } | { stand: 'klaar'; sha256?: string } | { stand: 'weg' };

/**
 * How long a try's claim on an id lives unless renewed: a try renews it while it writes (every third
 * of this), so a claim this old is a try whose process died, and another try may take the id over.
 */
export const CLAIM_MS = 30_000;

export const BIJLAGEN_OPSLAG = Symbol('BIJLAGEN_OPSLAG');
