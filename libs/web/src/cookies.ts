import type { Request, Response } from 'express';

/** The session: an opaque id of a row in web.sessies (sessies.ts), kept where page scripts cannot read it. */
export const SESSIE_COOKIE = 'signaalspoor_sessie';
/** State, nonce and PKCE verifier between /api/auth/login and /api/auth/callback. */
export const LOGIN_COOKIE = 'signaalspoor_login';
/** State-changing calls that rely on the cookie must carry this header (CSRF: a cross-site form cannot). */
export const CSRF_HEADER = 'x-signaalspoor';

export function leesCookie(req: Pick<Request, 'headers'>, naam: string): string | undefined {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const deel of header.split(';')) {
    const i = deel.indexOf('=');
    if (i > 0 && deel.slice(0, i).trim() === naam) {
      try {
        return decodeURIComponent(deel.slice(i + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export interface CookieOpties {
  secure: boolean;
  maxAgeS: number;
  path: string;
}

export function zetCookie(res: Response, naam: string, waarde: string, o: CookieOpties): void {
  res.cookie(naam, waarde, {
    httpOnly: true,
    sameSite: 'lax',
    secure: o.secure,
    path: o.path,
    maxAge: o.maxAgeS * 1000,
  });
}

export function wisCookie(res: Response, naam: string, path: string, secure: boolean): void {
  res.clearCookie(naam, { httpOnly: true, sameSite: 'lax', secure, path });
}
