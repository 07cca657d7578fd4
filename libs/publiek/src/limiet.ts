import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';

/**
 * A per-address limit on the public routes (express-rate-limit, in-process memory): a client that
 * sends more than `perMinuut` requests in a minute gets 429 with Retry-After until the minute is
 * over. The address is Express's `req.ip`: behind a proxy (the gateway) that is the proxy's, unless
 * the app trusts X-Forwarded-For — the platform's generic per-address limiter is where that is set.
 */
export function publiekLimiet(perMinuut: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinuut,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // the gateway forwards X-Forwarded-For; whether to trust it is the platform's choice, not ours
    validate: { xForwardedForHeader: false },
    handler: (_req, res, _next, options) => {
      res.setHeader('Cache-Control', 'no-store');
      res.status(options.statusCode).json({
        statusCode: options.statusCode,
        code: 'TE_VEEL_VERZOEKEN',
        message: 'Te veel verzoeken van dit adres: probeer het over een minuut opnieuw.',
      });
    },
  });
}
