import type { Checkpoint } from '../checkpoint';
import type { Getuige } from './getuige.port';

/** First wait after a failed delivery, doubled per failure up to the maximum. */
export const GETUIGE_BACKOFF_MS = { initial: 1_000, max: 5 * 60_000 };

export interface GetuigeStatus {
  naam: string;
  /** the newest checkpoint this witness holds */
  laatste?: { positie: number; tijd: string };
  /** the position of the checkpoint waiting for delivery */
  wachtend?: number;
  mislukt: number;
  fout?: string;
}

interface Logger {
  warn(message: string): void;
}

/** One witness's delivery: the newest checkpoint not yet delivered, at most one send at a time. */
class Bezorging {
  wachtend?: Checkpoint;
  laatste?: Checkpoint;
  mislukt = 0;
  fout?: string;
  private volgendeOp = 0;
  private timer?: NodeJS.Timeout;
  private bezig?: Promise<void>;
  private gestopt = false;

  constructor(
    readonly getuige: Getuige,
    private readonly backoff: { initial: number; max: number },
    private readonly logger: Logger,
  ) {}

  meld(checkpoint: Checkpoint): void {
    // a later checkpoint covers every row the earlier one did: the newest is all that must wait
    if (!this.wachtend || checkpoint.positie >= this.wachtend.positie) this.wachtend = checkpoint;
    this.plan();
  }

  /** Stops planning deliveries; one in flight is not waited for (it ends on its own timeout). */
  async stop(): Promise<void> {
    this.gestopt = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.getuige.close();
  }

  private plan(): void {
    if (this.gestopt || this.bezig || this.timer || !this.wachtend) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.bezig = this.bezorg().finally(() => {
          this.bezig = undefined;
          this.plan();
        });
      },
      Math.max(0, this.volgendeOp - Date.now()),
    );
    this.timer.unref();
  }

  private async bezorg(): Promise<void> {
    const checkpoint = this.wachtend;
    if (!checkpoint) return;
    this.wachtend = undefined;
    try {
      await this.getuige.getuig(checkpoint);
      this.laatste = checkpoint;
      this.mislukt = 0;
      this.fout = undefined;
      this.volgendeOp = Date.now() + this.getuige.minIntervalMs;
    } catch (error) {
      this.mislukt += 1;
      this.fout = error instanceof Error ? error.message : String(error);
      if (!this.wachtend) this.wachtend = checkpoint;
      const wait = Math.min(this.backoff.initial * 2 ** (this.mislukt - 1), this.backoff.max);
      this.volgendeOp = Date.now() + wait;
      this.logger.warn(
        `Witness ${this.getuige.naam} did not take checkpoint ${checkpoint.positie} (${this.fout}); attempt ${this.mislukt + 1} in ${wait / 1000} s`,
      );
    }
  }
}

/**
 * Hands every signed checkpoint to each registered witness (webhook, the auditors' mailbox) in the
 * background: `meld` returns at once and never throws, so neither the checkpointer nor a command
 * ever waits for a witness. A failed delivery is retried with exponential backoff; while it waits,
 * a newer checkpoint replaces the older one (it covers every row before it).
 */
export class Getuigen {
  private readonly bezorgingen: Bezorging[] = [];

  constructor(
    private readonly logger: Logger,
    private readonly backoff = GETUIGE_BACKOFF_MS,
  ) {}

  register(getuige: Getuige): void {
    this.bezorgingen.push(new Bezorging(getuige, this.backoff, this.logger));
  }

  get namen(): string[] {
    return this.bezorgingen.map((bezorging) => bezorging.getuige.naam);
  }

  meld(checkpoint: Checkpoint): void {
    for (const bezorging of this.bezorgingen) bezorging.meld(checkpoint);
  }

  status(): GetuigeStatus[] {
    return this.bezorgingen.map(({ getuige, laatste, wachtend, mislukt, fout }) => ({
      naam: getuige.naam,
      ...(laatste && { laatste: { positie: laatste.positie, tijd: laatste.tijd } }),
      ...(wachtend && { wachtend: wachtend.positie }),
      mislukt,
      ...(fout && { fout }),
    }));
  }

  async stop(): Promise<void> {
    await Promise.all(this.bezorgingen.map((bezorging) => bezorging.stop()));
  }
}
