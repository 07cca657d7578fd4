import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { CSRF_HEADER, leesCookie, SESSIE_COOKIE } from './cookies';

const VEILIG = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Lets the API accept the web app's session cookie as well as a bearer token: without an
 * Authorization header, the cookie's token becomes one, and the AuthGuard verifies it as usual.
 * A state-changing call that relies on the cookie (and every call to /api/auth) must carry the
 * X-Signaalspoor header, which a cross-site form or image cannot send (CSRF); SameSite=Lax is the
 * second line. Plain Express, so the gateway runs the same function in front of its proxy.
 */
export function sessieNaarBearer(req: Request, res: Response, next: NextFunction): void {
  const token = leesCookie(req, SESSIE_COOKIE);
  const viaCookie = !req.headers.authorization && !!token;
  const authRoute = (req.originalUrl ?? req.url).startsWith('/api/auth/');
  if ((viaCookie || authRoute) && !VEILIG.has(req.method) && req.headers[CSRF_HEADER] === undefined) {
    res.status(403).json({
      statusCode: 403,
      code: 'CSRF_HEADER_ONTBREEKT',
      message: `Deze aanvraag mist de header ${CSRF_HEADER} (bescherming tegen CSRF).`,
    });
    return;
  }
  if (viaCookie) req.headers.authorization = `Bearer ${token}`;
  next();
}

@Injectable()
export class SessieMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    sessieNaarBearer(req, res, next);
  }
}
