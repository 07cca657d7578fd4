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

export interface VerifierOptions {
  /** checks every event's seal; without it (offline, public key only) only chain and checkpoints count */
  macKey?: Buffer;
  /** checkpoints to hold the chain against; their signatures are checked with `publicKey` */
  checkpoints?: Checkpoint[];
  publicKey?: string;
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

  constructor(private readonly options: VerifierOptions = {}) {
    this.hash = options.start?.hash ?? GENESIS_HASH;
    this.expected = (options.start?.positie ?? 0) + 1;
    this.lastGood = this.expected - 1;
    this.checkpoints = [...(options.checkpoints ?? [])]
      .filter((checkpoint) => checkpoint.positie >= this.expected)
      .sort((a, b) => a.positie - b.positie);
    const forged = this.checkpoints.find(
      (checkpoint) => !options.publicKey || !isSigned(options.publicKey, checkpoint),
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
    const zegel = this.options.macKey && zegelFout(this.options.macKey, event);
    if (zegel) return this.fail(position, zegel);
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
