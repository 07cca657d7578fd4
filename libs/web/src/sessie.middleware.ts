import { Injectable, type NestMiddleware } from '@nestjs/common';
import { AuthFout } from '@signaalspoor/auth';
import type { NextFunction, Request, Response } from 'express';
import { CSRF_HEADER, leesCookie, SESSIE_COOKIE } from './cookies';

const VEILIG = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Lets the API accept the web app's session cookie as well as a bearer token: without an
 * Authorization header, the cookie's token becomes one, and the AuthGuard verifies it as usual.
 * A state-changing call that relies on the cookie must carry the X-Signaalspoor header, which a
 * cross-site form or image cannot send (CSRF); SameSite=Lax is the second line.
 */
@Injectable()
export class SessieMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    const token = leesCookie(req, SESSIE_COOKIE);
    const viaCookie = !req.headers.authorization && !!token;
    const authRoute = req.originalUrl.startsWith('/api/auth/');
    if ((viaCookie || authRoute) && !VEILIG.has(req.method) && req.headers[CSRF_HEADER] === undefined) {
      return next(
        new AuthFout('GEEN_TOEGANG', `Deze aanvraag mist de header ${CSRF_HEADER} (bescherming tegen CSRF).`),
      );
    }
    if (viaCookie) req.headers.authorization = `Bearer ${token}`;
    next();
  }
}
