import type { Response } from 'express';

/**
 * How long a refusal of the edge takes: a client that ignores Retry-After and asks again at once
 * would otherwise turn cheap refusals into a busy loop that takes the CPU from everyone else. The
 * wait holds a socket and a timer, no work; it is Retry-After's one second at most.
 */
export const REFUSAL_DELAY_MS = 1_000;

/**
 * A refusal of the edge in the API's one error body, with the seconds after which to try again.
 * A 429 is sent after REFUSAL_DELAY_MS (the client over its limit is the flood); a 503 at once
 * (shedding refuses whoever comes next, mostly not the flood, which its own limits hold).
 */
export function refuse(
  res: Response,
  status: 429 | 503,
  code: string,
  message: string,
  retryAfterS: number,
): void {
  const send = () => {
    if (res.destroyed) return;
    res.setHeader('Retry-After', String(retryAfterS));
    res.status(status).json({ statusCode: status, code, message });
  };
  if (status === 429) setTimeout(send, REFUSAL_DELAY_MS);
  else send();
}
