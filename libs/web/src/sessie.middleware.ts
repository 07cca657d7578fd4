import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { CSRF_HEADER, leesCookie, SESSIE_COOKIE } from './cookies';

const VEILIG = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The CSRF check of the web app's session cookie. The cookie holds an opaque session id that the
 * AuthGuard resolves (libs/web sessies.ts; in the services topology each service does, from the
 * cookie the gateway passes on). A state-changing call that relies on the cookie (and every call to
 * /api/auth) must carry the X-Signaalspoor header, which a cross-site form or image cannot send;
 * SameSite=Lax is the second line. Plain Express, so the gateway runs the same function in front
 * of its proxy.
 */
export function sessieCsrf(req: Request, res: Response, next: NextFunction): void {
  const viaCookie = !req.headers.authorization && !!leesCookie(req, SESSIE_COOKIE);
  const authRoute = (req.originalUrl ?? req.url).startsWith('/api/auth/');
  if ((viaCookie || authRoute) && !VEILIG.has(req.method) && req.headers[CSRF_HEADER] === undefined) {
    res.status(403).json({
      statusCode: 403,
      code: 'CSRF_HEADER_ONTBREEKT',
      message: `Deze aanvraag mist de header ${CSRF_HEADER} (bescherming tegen CSRF).`,
    });
    return;
  }
  next();
}

@Injectable()
export class SessieMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    sessieCsrf(req, res, next);
  }
}
