import type { Request, Response } from 'express';
import type { PubliekAntwoord } from './antwoorden';

/** How long a browser or a shared cache may reuse a public answer without asking (seconds). */
export const PUBLIEK_MAX_AGE_S = 60;

/**
 * Sends a public answer that caches may keep: `Cache-Control: public`, and its strong ETag (a hash of
 * the bytes, so it derives from public content only); a matching If-None-Match gets `304` without a
 * body. Gzipped where the client accepts it.
 */
export function stuurPubliek(
  req: Request,
  res: Response,
  type: string,
  { body, gzip, etag }: PubliekAntwoord,
): void {
  res.setHeader('Cache-Control', `public, max-age=${PUBLIEK_MAX_AGE_S}`);
  res.setHeader('ETag', etag);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.type(type);
  if (komtOvereen(req.headers['if-none-match'], etag)) {
    res.status(304).end();
    return;
  }
  // gzipped once per rendering, sent as is to every client that accepts it
  if (req.acceptsEncodings('gzip', 'identity') === 'gzip') {
    res.setHeader('Content-Encoding', 'gzip');
    res.status(200).send(gzip);
    return;
  }
  res.status(200).send(body);
}

/** If-None-Match: `*` or a list of entity tags, compared weakly (RFC 9110 §13.1.2). */
function komtOvereen(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
