import type { RecordedEvent } from '@signaalspoor/event-store';
import { isSigned, type Checkpoint } from './checkpoint';
import { isHerverzegeling, type Herverzegeling } from './herverzegeling-event';
import { chainHash, GEEN_ZEGEL, GENESIS_HASH, heeftZegel, zegelFout, type MacSleutels } from './zegel';

/** A stored event with the chain hash stored next to it. */
export interface StoredEvent extends RecordedEvent {
  hash: string;
}

/** The first place where the log is not what its seals, chain and checkpoints say it was. */
export interface Afwijking {
  positie: number;
  reden: string;
}

export interface Verificatie {
  intact: boolean;
  /** events checked before the first deviation (all of them when intact) */
  gecontroleerd: number;
  eersteAfwijking?: Afwijking;
}

/** A checkpoint with where the verifier got it from, for the reason it gives (e.g. `getuige x.jsonl`). */
export interface BronCheckpoint extends Checkpoint {
  bron?: string;
}

export interface VerifierOptions {
  /** checks every event's seal; without it (offline, public key only) only chain and checkpoints count */
  macKey?: MacSleutels;
  /**
   * checkpoints to hold the chain against, several per position allowed (the log's own and a
   * witness's copy); their signatures are checked with `publicKey`
   */
  checkpoints?: BronCheckpoint[];
  publicKey?: string;
  /** public keys of earlier log secrets: checkpoints signed before a rotation still hold */
  eerderePubliekeSleutels?: readonly string[];
  /** continue a chain verified before: the position and hash it ended at */
  start?: { positie: number; hash: string };
  /**
   * Without the MAC key nothing proves a row after the last matching checkpoint: with `dekking`,
   * such rows are a deviation instead of passing unproven (the offline verifier's proof).
   */
  dekking?: boolean;
}

const van = (checkpoint: BronCheckpoint): string => (checkpoint.bron ? ` (${checkpoint.bron})` : '');

/**
 * Checks a log event by event, in stored order, with constant memory: positions gap-free from the
 * start, the SHA-256 chain recomputed, every seal (with the MAC key), and the chain hash at every
 * checkpoint position. `finish` then holds the end of the stored rows against the latest checkpoint
 * and the head the store claims. Stops at the first deviation.
 */
export class LogVerifier {
  private hash: string;
  private expected: number;
  private checked = 0;
  private afwijking?: Afwijking;
  private readonly checkpoints: BronCheckpoint[];
  private next = 0;
  /** position of the last checkpoint the chain matched (the start counts as one) */
  private lastGood: number;
  /**
   * the same, counting only checkpoints with a `bron` (a witness's copies): when a witness
   * disagrees, the log's own checkpoints after its last match may be re-signed forgeries
   */
  private lastWitnessed: number;
  /**
   * Events without a seal since the last resealing: where they start (and how many events were checked
   * before), and the last one with its chain hash, which the next resealing must state to cover them.
   */
  private ongezegeld?: { eerste: number; gecontroleerd: number; laatste: number; hash: string };

  constructor(private readonly options: VerifierOptions = {}) {
    this.hash = options.start?.hash ?? GENESIS_HASH;
    this.expected = (options.start?.positie ?? 0) + 1;
    this.lastGood = this.expected - 1;
    this.lastWitnessed = this.lastGood;
    this.checkpoints = [...(options.checkpoints ?? [])]
      .filter((checkpoint) => checkpoint.positie >= this.expected)
      .sort((a, b) => a.positie - b.positie);
    const publicKeys = [options.publicKey, ...(options.eerderePubliekeSleutels ?? [])].filter(
      (key): key is string => key !== undefined,
    );
    const forged = this.checkpoints.find(
      (checkpoint) => !publicKeys.some((publicKey) => isSigned(publicKey, checkpoint)),
    );
    if (forged)
      this.fail(
        forged.positie,
        `het checkpoint op positie ${forged.positie}${van(forged)} is niet geldig ondertekend`,
      );
  }

  get intact(): boolean {
    return this.afwijking === undefined;
  }

  /** The chain so far: where it ends and its hash. */
  get head(): { positie: number; hash: string } {
    return { positie: this.expected - 1, hash: this.hash };
  }

  /** Checks the next stored event; false once a deviation is found. */
  add(event: StoredEvent): boolean {
    if (this.afwijking) return false;
    const position = this.expected;
    if (event.position !== position) {
      return this.fail(
        position,
        event.position > position
          ? `het event op positie ${position} ontbreekt`
          : `positie ${event.position} staat niet in volgorde`,
      );
    }
    const hash = chainHash(this.hash, event);
    if (hash !== event.hash) return this.fail(position, 'de hash klopt niet: het event is gewijzigd');
    if (!heeftZegel(event)) {
      // written before the seals: holds only once a later resealing states the chain up to here
      this.ongezegeld ??= { eerste: position, gecontroleerd: this.checked, laatste: position, hash };
      this.ongezegeld.laatste = position;
      this.ongezegeld.hash = hash;
    } else {
      const zegel = this.options.macKey && zegelFout(this.options.macKey, event);
      if (zegel) return this.fail(position, zegel);
      if (isHerverzegeling(event) && !this.herverzegel(event.data as unknown as Herverzegeling)) return false;
    }
    // every checkpoint of this position must agree (the log's own and the witnesses' copies)
    let matched = false;
    for (; this.checkpoints[this.next]?.positie === position; this.next += 1) {
      const checkpoint = this.checkpoints[this.next];
      if (checkpoint.hash !== hash) {
        const from = (checkpoint.bron ? this.lastWitnessed : this.lastGood) + 1;
        return this.fail(
          from,
          `de keten wijkt af van het checkpoint op positie ${position}${van(checkpoint)}: een event tussen positie ${from} en ${position} is gewijzigd, verplaatst of vervangen`,
        );
      }
      matched = true;
      if (checkpoint.bron) this.lastWitnessed = position;
    }
    if (matched) this.lastGood = position;
    this.hash = hash;
    this.expected += 1;
    this.checked += 1;
    return true;
  }

  /** Position of the last checkpoint the chain matched: every row up to it is proven by a signature. */
  get gedektTot(): number {
    return this.lastGood;
  }

  /**
   * Holds the chain so far against a checkpoint of its end that came after the events (the
   * export's closing checkpoint, signed once every exported row was checked).
   */
  sluitAf(checkpoint: BronCheckpoint): boolean {
    if (this.afwijking) return false;
    const { positie, hash } = this.head;
    if (!this.options.publicKey || !isSigned(this.options.publicKey, checkpoint))
      return this.fail(positie, `het slotcheckpoint${van(checkpoint)} is niet geldig ondertekend`);
    if (checkpoint.positie !== positie || checkpoint.hash !== hash) {
      return this.fail(
        this.lastGood + 1,
        `het slotcheckpoint${van(checkpoint)} (positie ${checkpoint.positie}) klopt niet met het einde van het logboek (positie ${positie})`,
      );
    }
    this.lastGood = positie;
    return true;
  }

  /**
   * After the last stored event: every checkpoint must have been reached (else events were removed
   * from the end), and the head the store claims must be where the rows end, with the same hash.
   * With `dekking` and without the MAC key, every row must lie at or before a matching checkpoint.
   */
  finish(claimedHead?: { positie: number; hash: string }): Verificatie {
    const last = this.expected - 1;
    if (this.ongezegeld && this.options.macKey) this.fail(this.ongezegeld.eerste, GEEN_ZEGEL);
    const latest = this.checkpoints.at(-1);
    if (!this.afwijking && latest && latest.positie > last) {
      this.fail(
        last + 1,
        `het logboek eindigt op positie ${last}, het checkpoint van ${latest.tijd} op positie ${latest.positie}${van(latest)}: events zijn verwijderd`,
      );
    }
    if (!this.afwijking && this.options.dekking && !this.options.macKey && last > this.lastGood) {
      this.fail(
        this.lastGood + 1,
        `de events van positie ${this.lastGood + 1} tot ${last} komen na het laatste vertrouwde checkpoint (positie ${this.lastGood}): zonder de sleutel bewijst niets dat ze echt zijn`,
      );
    }
    if (!this.afwijking && claimedHead) {
      if (claimedHead.positie > last)
        this.fail(
          last + 1,
          `de kop wijst naar positie ${claimedHead.positie}, maar het logboek eindigt op ${last}`,
        );
      else if (claimedHead.positie < last)
        this.fail(
          claimedHead.positie + 1,
          `het event op positie ${claimedHead.positie + 1} ligt voorbij de kop van het logboek`,
        );
      else if (claimedHead.hash !== this.hash)
        this.fail(last, 'de hash van de kop klopt niet met het laatste event');
    }
    const sindsOngezegeld =
      this.options.macKey && this.ongezegeld && this.afwijking?.positie === this.ongezegeld.eerste;
    return {
      intact: this.intact,
      gecontroleerd: sindsOngezegeld ? this.ongezegeld!.gecontroleerd : this.checked,
      ...(this.afwijking && { eersteAfwijking: this.afwijking }),
    };
  }

  /**
   * A resealing (sealed, so written by the key's owner) covers the events without a seal before it
   * when it states the chain exactly where they end: a changed event of the range changes that hash.
   */
  private herverzegel(herverzegeling: Herverzegeling): boolean {
    const open = this.ongezegeld;
    if (!open) return true;
    if (herverzegeling.tot !== open.laatste || herverzegeling.hash !== open.hash) {
      return this.fail(
        open.eerste,
        `de herverzegeling van positie ${herverzegeling.van} tot ${herverzegeling.tot} dekt dit event niet: de keten tot positie ${open.laatste} is gewijzigd sinds het herverzegelen`,
      );
    }
    this.ongezegeld = undefined;
    return true;
  }

  /** The first deviation counts: events without a seal before it fail first (with a MAC key). */
  private fail(positie: number, reden: string): false {
    if (this.options.macKey && this.ongezegeld && this.ongezegeld.eerste < positie)
      this.afwijking ??= { positie: this.ongezegeld.eerste, reden: GEEN_ZEGEL };
    this.afwijking ??= { positie, reden };
    return false;
  }
}
