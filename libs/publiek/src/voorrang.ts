import type { NextFunction, Request, Response } from 'express';

/**
 * Priority for the signed-in app over the public routes, in one process's event loop. A bulkhead:
 * at most `gelijktijdig` public requests are handled at once; the others wait in line, in order,
 * costing nothing until their turn (at most `wachtrij`; beyond that `503` with Retry-After). While any
 * signed-in request is in progress (`ingelogd`), one public request is handled at a time, at most one
 * per `pauzeMs`: the signed-in requests get the event loop (and the machine's CPU) first, so residents
 * in numbers can slow down each other but never starve a signed-in user, and they are never starved
 * either (at least 1000 / `pauzeMs` public requests a second).
 */
export class Voorrang {
  private bezig = 0;
  private ingelogdBezig = 0;
  private volgendeBeurt = false;
  private readonly wachtend: (() => void)[] = [];

  constructor(
    private readonly gelijktijdig: number,
    private readonly wachtrij: number,
    private readonly pauzeMs: number,
  ) {}

  /** A request of the signed-in app (anything but a public route): counted while it runs. */
  ingelogd(res: Response): void {
    this.ingelogdBezig++;
    res.once('close', () => {
      if (--this.ingelogdBezig === 0) this.laatToe();
    });
  }

  /** A public request: handled now, in line, or refused with 503 when the line is full. */
  publiek(_req: Request, res: Response, next: NextFunction): void {
    const start = () => {
      this.bezig++;
      res.once('close', () => {
        this.bezig--;
        this.laatToe();
      });
      next();
    };
    if (this.wachtend.length === 0 && this.bezig < this.ruimte()) return start();
    if (this.wachtend.length >= this.wachtrij) {
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
  }

  private ruimte(): number {
    return this.ingelogdBezig > 0 ? 1 : this.gelijktijdig;
  }

  /** Lets the next in line start: at once when the signed-in app is idle, else after the pause. */
  private laatToe(): void {
    if (this.ingelogdBezig === 0) {
      while (this.wachtend.length > 0 && this.bezig < this.gelijktijdig) this.wachtend.shift()!();
      return;
    }
    if (this.volgendeBeurt) return;
    this.volgendeBeurt = true;
    setTimeout(() => {
      this.volgendeBeurt = false;
      if (this.bezig < this.ruimte()) this.wachtend.shift()?.();
    }, this.pauzeMs);
  }
}
