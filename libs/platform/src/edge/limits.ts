import type { TokenVerifier } from '@signaalspoor/auth';
import type { Config } from '@signaalspoor/config';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { clientOf } from './client';
import { refuse } from './refuse';

/** The path as the client sent it, wherever a middleware is mounted. */
const pathOf = (req: Request): string => (req.originalUrl ?? req.url).split('?')[0];

/** The SSE stream stays open as long as the page does: it counts as a request, not as work in progress. */
export const isStream = (req: Request): boolean => pathOf(req) === '/api/stroom';

/** Health probes are never limited: an orchestrator must see a busy process as alive. */
export const isProbe = (req: Request): boolean => pathOf(req).startsWith('/api/health');

/**
 * The API, the public pages and Open311 are limited per client; the web app's files are not (cached,
 * and cheap).
 */
const isLimited = (req: Request): boolean =>
  !isProbe(req) && /^\/(api|publiek|open311)(\/|$)/.test(pathOf(req));

/**
 * What one client may ask: a rate per minute (express-rate-limit, a fixed window per client in
 * this process's memory) and a number of requests in progress at once (`concurrency`). A client
 * is its verified identity (rol and sub of the token), or else its address: the public pages,
 * Open311, the sign-in and anything with a bad token count per address. Over either limit: 429
 * with Retry-After, before any work is done, so a flood costs little and others keep their turn.
 */
export function clientLimits(limits: Config['limits'], verify: TokenVerifier): RequestHandler[] {
  const limitOf = async (req: Request) =>
    (await clientOf(req, verify)).gebruiker ? limits.userPerMinute : limits.addressPerMinute;
  const rate = rateLimit({
    windowMs: 60_000,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (req) => !isLimited(req),
    limit: limitOf,
    keyGenerator: async (req) => (await clientOf(req, verify)).key,
    handler: async (req, res) =>
      refuse(
        res,
        429,
        'TE_VEEL_AANVRAGEN',
        `Te veel aanvragen: hoogstens ${await limitOf(req)} per minuut. Probeer opnieuw na Retry-After seconden.`,
        Number(res.getHeader('Retry-After') ?? 60),
      ),
  });
  return [rate, concurrency(limits.concurrencyPerClient, verify)];
}

/**
 * At most `max` requests of one client in progress. A small counter of our own: express-rate-limit
 * counts requests per window, not requests still running, and a queue would keep a flood's
 * sockets and memory; a refusal is cheap and the client knows when to come back.
 */
export function concurrency(max: number, verify: TokenVerifier): RequestHandler {
  const running = new Map<string, number>();
  return (req: Request, res: Response, next: NextFunction) => {
    if (!isLimited(req) || isStream(req)) return next();
    clientOf(req, verify).then(({ key }) => {
      const count = running.get(key) ?? 0;
      if (count >= max) {
        return refuse(
          res,
          429,
          'TE_VEEL_TEGELIJK',
          `Te veel aanvragen tegelijk: hoogstens ${max} lopende per gebruiker of adres.`,
          1,
        );
      }
      running.set(key, count + 1);
      res.once('close', () => {
        const left = (running.get(key) ?? 1) - 1;
        if (left > 0) running.set(key, left);
        else running.delete(key);
      });
      next();
    }, next);
  };
}
