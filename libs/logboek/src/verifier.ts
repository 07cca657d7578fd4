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

export interface VerifierOptions {
  /** checks every event's seal; without it (offline, public key only) only chain and checkpoints count */
  macKey?: MacSleutels;
  /** checkpoints to hold the chain against; their signatures are checked with `publicKey` */
  checkpoints?: Checkpoint[];
  publicKey?: string;
  /** public keys of earlier log secrets: checkpoints signed before a rotation still hold */
  eerderePubliekeSleutels?: readonly string[];
  /** continue a chain verified before: the position and hash it ended at */
  start?: { positie: number; hash: string };
}

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
  private readonly checkpoints: Checkpoint[];
  private next = 0;
  /** position of the last checkpoint the chain matched (the start counts as one) */
  private lastGood: number;
  /**
   * Events without a seal since the last resealing: where they start (and how many events were checked
   * before), and the last one with its chain hash, which the next resealing must state to cover them.
   */
  private ongezegeld?: { eerste: number; gecontroleerd: number; laatste: number; hash: string };

  constructor(private readonly options: VerifierOptions = {}) {
    this.hash = options.start?.hash ?? GENESIS_HASH;
    this.expected = (options.start?.positie ?? 0) + 1;
    this.lastGood = this.expected - 1;
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
      this.fail(forged.positie, `het checkpoint op positie ${forged.positie} is niet geldig ondertekend`);
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
    const checkpoint = this.checkpoints[this.next];
    if (checkpoint?.positie === position) {
      if (checkpoint.hash !== hash) {
        return this.fail(
          this.lastGood + 1,
          `de keten wijkt af van het checkpoint op positie ${position}: een event tussen positie ${this.lastGood + 1} en ${position} is gewijzigd, verplaatst of vervangen`,
        );
      }
      this.lastGood = position;
      this.next += 1;
    }
    this.hash = hash;
    this.expected += 1;
    this.checked += 1;
    return true;
  }

  /**
   * After the last stored event: every checkpoint must have been reached (else events were removed
   * from the end), and the head the store claims must be where the rows end, with the same hash.
   */
  finish(claimedHead?: { positie: number; hash: string }): Verificatie {
    const last = this.expected - 1;
    if (this.ongezegeld && this.options.macKey) this.fail(this.ongezegeld.eerste, GEEN_ZEGEL);
    const latest = this.checkpoints.at(-1);
    if (!this.afwijking && latest && latest.positie > last) {
      this.fail(
        last + 1,
        `het logboek eindigt op positie ${last}, het checkpoint van ${latest.tijd} op positie ${latest.positie}: events zijn verwijderd`,
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
