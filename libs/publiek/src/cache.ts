import type { Request, Response } from 'express';
import type { PubliekAntwoord } from './antwoorden';
import { PAGINA_CSP } from './pagina/html';

/** How long a browser or a shared cache may reuse a public answer without asking (seconds). */
export const PUBLIEK_MAX_AGE_S = 60;

/** The kinds of public answer, by their Content-Type. */
const TYPES = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
} as const;
export type Soort = keyof typeof TYPES;

/**
 * Sends a public answer that caches may keep: `Cache-Control: public`, and its strong ETag (a hash of
 * the bytes, so it derives from public content only); a matching If-None-Match gets `304` without a
 * body. Gzipped where the client accepts it. A page gets its own Content-Security-Policy.
 */
export function stuurPubliek(
  req: Request,
  res: Response,
  { body, gzip, etag, soort }: PubliekAntwoord,
): void {
  res.setHeader('Cache-Control', `public, max-age=${PUBLIEK_MAX_AGE_S}`);
  res.setHeader('ETag', etag);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Type', TYPES[soort]);
  if (soort === 'html') res.setHeader('Content-Security-Policy', PAGINA_CSP);
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
