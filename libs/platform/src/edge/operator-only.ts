import type { TokenVerifier } from '@signaalspoor/auth';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { tokenOf } from './client';

/** What only operators read: the metrics and the API's documentation (Swagger UI, the OpenAPI document). */
const isOperatorSurface = ({ path }: Request): boolean =>
  path === '/api/metrics' || path.startsWith('/api/docs') || path === '/api/openapi.json';

/**
 * In production, the metrics and the API documentation answer a beheerder or an auditor only
 * (their bearer token, or their session cookie for Swagger UI in the browser): they tell an
 * attacker the routes, the load and the lag. Outside production they stay open to anyone.
 */
export function operatorOnly(verify: TokenVerifier): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!isOperatorSurface(req)) return next();
    const token = tokenOf(req);
    (token ? verify(token).catch(() => undefined) : Promise.resolve(undefined)).then((gebruiker) => {
      if (!gebruiker) {
        res.status(401).json({
          statusCode: 401,
          code: 'NIET_AANGEMELD',
          message: 'Meld je aan als beheerder of auditor: stuur een Authorization: Bearer <token> header.',
        });
      } else if (gebruiker.rol !== 'beheerder' && gebruiker.rol !== 'auditor') {
        res.status(403).json({
          statusCode: 403,
          code: 'ROL_NIET_TOEGESTAAN',
          message: 'Deze pagina is voorbehouden aan: beheerder, auditor.',
        });
      } else next();
    }, next);
  };
}
