import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/** How long a browser or a shared cache may reuse a public answer without asking (seconds). */
export const PUBLIEK_MAX_AGE_S = 60;

/**
 * Sends a public answer that caches may keep: `Cache-Control: public`, and a strong ETag that is a
 * hash of the bytes sent (so it derives from public content only); a matching If-None-Match gets
 * `304` without a body.
 */
export function stuurPubliek(req: Request, res: Response, type: string, body: string, status = 200): void {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  res.setHeader('Cache-Control', `public, max-age=${PUBLIEK_MAX_AGE_S}`);
  res.setHeader('ETag', etag);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.type(type);
  if (status === 200 && komtOvereen(req.headers['if-none-match'], etag)) {
    res.status(304).end();
    return;
  }
  res.status(status).send(body);
}

/** If-None-Match: `*` or a list of entity tags, compared weakly (RFC 9110 §13.1.2). */
function komtOvereen(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
