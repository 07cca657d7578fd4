import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * A bulkhead for the public routes: at most `gelijktijdig` public requests are handled at once; the
 * others wait in line, in order, costing nothing until their turn (at most `wachtrij`; beyond that
 * `503` with Retry-After). The signed-in app shares the process's one event loop: however many
 * residents ask at once, a signed-in request then competes with a handful of public ones, not with
 * hundreds.
 */
export function voorrang(gelijktijdig: number, wachtrij: number): RequestHandler {
  let bezig = 0;
  const wachtend: (() => void)[] = [];
  const volgende = () => {
    bezig--;
    wachtend.shift()?.();
  };
  return (_req: Request, res: Response, next: NextFunction) => {
    const start = () => {
      bezig++;
      res.once('close', volgende);
      next();
    };
    if (bezig < gelijktijdig) return start();
    if (wachtend.length >= wachtrij) {
      res.setHeader('Retry-After', '1');
      res.setHeader('Cache-Control', 'no-store');
      res.status(503).json({
        statusCode: 503,
        code: 'TE_DRUK',
        message: 'De publieke pagina’s zijn even te druk bezocht: probeer het zo opnieuw.',
      });
      return;
    }
    wachtend.push(start);
    // a client that gives up while waiting leaves the line
    res.once('close', () => {
      const plaats = wachtend.indexOf(start);
      if (plaats >= 0) wachtend.splice(plaats, 1);
    });
  };
}
