import type { Config } from '@signaalspoor/config';
import type { Request, RequestHandler, Response, NextFunction } from 'express';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isProbe, isStream } from './limits';
import { refuse } from './refuse';

/** How often the event-loop delay is judged: its p99 over this window decides the next one. */
const WINDOW_MS = 500;

export interface LoadShedder {
  middleware: RequestHandler;
  /** requests in progress (the SSE streams not counted) */
  inFlight(): number;
  stop(): void;
}

/**
 * Refuses new work with a 503 and Retry-After before the process saturates: when more requests
 * than `shedMaxInFlight` are in progress, or when the event loop lagged more than
 * `shedMaxEventLoopDelayMs` (p99, perf_hooks.monitorEventLoopDelay) in the last half second.
 * Work already admitted finishes; health probes always pass.
 */
export function loadShedder(limits: Config['limits']): LoadShedder {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let overloaded = false;
  const timer = setInterval(() => {
    overloaded = delay.percentile(99) / 1e6 > limits.shedMaxEventLoopDelayMs;
    delay.reset();
  }, WINDOW_MS).unref();
  let inFlight = 0;
  const middleware = (req: Request, res: Response, next: NextFunction) => {
    if (isProbe(req) || isStream(req)) return next();
    if (overloaded || inFlight >= limits.shedMaxInFlight) {
      return refuse(
        res,
        503,
        'OVERBELAST',
        'De server is even overbelast; probeer opnieuw na Retry-After seconden.',
        1,
      );
    }
    inFlight++;
    res.once('close', () => inFlight--);
    next();
  };
  return {
    middleware,
    inFlight: () => inFlight,
    stop: () => {
      clearInterval(timer);
      delay.disable();
    },
  };
}
