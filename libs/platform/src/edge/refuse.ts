import type { Response } from 'express';

/** A refusal of the edge in the API's one error body, with the seconds after which to try again. */
export function refuse(
  res: Response,
  status: 429 | 503,
  code: string,
  message: string,
  retryAfterS: number,
): void {
  res.setHeader('Retry-After', String(retryAfterS));
  res.status(status).json({ statusCode: status, code, message });
}
