import type { NextFunction, Request, Response } from 'express';

export interface VoorrangOpties {
  /** public requests handled at once while the signed-in app is quiet */
  gelijktijdig: number;
  /** public requests that may wait; beyond that 503 */
  wachtrij: number;
  /** beside signed-in work: the time between the starts of two public requests */
  pauzeMs: number;
  /** how long after its last request the signed-in app still counts as active */
  nawerkingMs: number;
}

/**
 * Priority for the signed-in app over the public routes, in one process's event loop. A bulkhead:
 * at most `gelijktijdig` public requests are handled at once; the others wait in line, in order,
 * costing nothing until their turn (at most `wachtrij`; beyond that `503` with Retry-After). While the
 * signed-in app is active (a request of it in progress, `ingelogd`, or one ended less than
 * `nawerkingMs` ago: a user's next request follows soon), one public request is handled at a time, at
 * most one per `pauzeMs`: the signed-in requests get the event loop (and the machine's CPU) first, so
 * residents in numbers can slow down each other but never starve a signed-in user, and they are never
 * starved either (at least 1000 / `pauzeMs` public requests a second).
 */
export class Voorrang {
  private bezig = 0;
  private ingelogdBezig = 0;
  /** beside signed-in work: when the next public request may start */
  private vrijVanaf = 0;
  private laatstIngelogd = -Infinity;
  private wekker?: NodeJS.Timeout;
  private readonly wachtend: (() => void)[] = [];

  constructor(private readonly opties: VoorrangOpties) {}

  /** A request of the signed-in app (anything but a public route): counted while it runs. */
  ingelogd(res: Response): void {
    this.ingelogdBezig++;
    res.once('close', () => {
      this.ingelogdBezig--;
      this.laatstIngelogd = performance.now();
      this.laatToe();
    });
  }

  /** A public request: handled now, in line, or refused with 503 when the line is full. */
  publiek(_req: Request, res: Response, next: NextFunction): void {
    const start = () => {
      this.bezig++;
      this.vrijVanaf = performance.now() + this.opties.pauzeMs;
      res.once('close', () => {
        this.bezig--;
        this.laatToe();
      });
      next();
    };
    if (this.wachtend.length === 0 && this.magStarten()) return start();
    if (this.wachtend.length >= this.opties.wachtrij) {
      res.setHeader('Retry-After', '1');
      res.setHeader('Cache-Control', 'no-store');
      res.status(503).json({
        statusCode: 503,
        code: 'TE_DRUK',
        message: 'De publieke pagina’s zijn even te druk bezocht: probeer het zo opnieuw.',
      });
      return;
    }
    this.wachtend.push(start);
    // a client that gives up while waiting leaves the line
    res.once('close', () => {
      const plaats = this.wachtend.indexOf(start);
      if (plaats >= 0) this.wachtend.splice(plaats, 1);
    });
    this.laatToe();
  }

  private ingelogdActief(): boolean {
    return this.ingelogdBezig > 0 || performance.now() - this.laatstIngelogd < this.opties.nawerkingMs;
  }

  private magStarten(): boolean {
    if (!this.ingelogdActief()) return this.bezig < this.opties.gelijktijdig;
    return this.bezig === 0 && performance.now() >= this.vrijVanaf;
  }

  /** Lets the next in line start while it may; beside signed-in work, wakes up when the pause is over. */
  private laatToe(): void {
    while (this.wachtend.length > 0 && this.magStarten()) this.wachtend.shift()!();
    if (this.wachtend.length === 0 || this.wekker) return;
    this.wekker = setTimeout(
      () => {
        this.wekker = undefined;
        this.laatToe();
      },
      Math.max(1, this.vrijVanaf - performance.now()),
    );
  }
}
