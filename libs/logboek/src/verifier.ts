import type { RecordedEvent } from '@signaalspoor/event-store';
import { isSigned, type Checkpoint } from './checkpoint';
import { chainHash, GENESIS_HASH, zegelFout } from './zegel';

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
  macKey?: Buffer;
  /**
   * checkpoints to hold the chain against, several per position allowed (the log's own and a
   * witness's copy); their signatures are checked with `publicKey`
   */
  checkpoints?: BronCheckpoint[];
  publicKey?: string;
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

  constructor(private readonly options: VerifierOptions = {}) {
    this.hash = options.start?.hash ?? GENESIS_HASH;
    this.expected = (options.start?.positie ?? 0) + 1;
    this.lastGood = this.expected - 1;
    this.lastWitnessed = this.lastGood;
    this.checkpoints = [...(options.checkpoints ?? [])]
      .filter((checkpoint) => checkpoint.positie >= this.expected)
      .sort((a, b) => a.positie - b.positie);
    const forged = this.checkpoints.find(
      (checkpoint) => !options.publicKey || !isSigned(options.publicKey, checkpoint),
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
    const zegel = this.options.macKey && zegelFout(this.options.macKey, event);
    if (zegel) return this.fail(position, zegel);
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
    return {
      intact: this.intact,
      gecontroleerd: this.checked,
      ...(this.afwijking && { eersteAfwijking: this.afwijking }),
    };
  }

  private fail(positie: number, reden: string): false {
    this.afwijking ??= { positie, reden };
    return false;
  }
}
