import { Injectable } from '@nestjs/common';
import type { Vooraan } from '@signaalspoor/http';
import type { NextFunction, Request, Response } from 'express';
import { PubliekeAntwoorden } from './antwoorden';
import { stuurPubliek } from './cache';
import { Voorrang, type VoorrangOpties } from './voorrang';

/** The public routes' turn beside the signed-in app (voorrang.ts): at most 200/s while it is active. */
const VOORRANG: VoorrangOpties = { gelijktijdig: 4, wachtrij: 2000, pauzeMs: 5, nawerkingMs: 100 };

/**
 * What a request is to Voorrang: a public route (the pages, their JSON and feeds, Open311); the
 * signed-in app's (it carries credentials: a token or a cookie, e.g. the session); or neither (the web
 * app's files for a visitor, the live stream that stays open as long as its page): not counted, so
 * anonymous requests elsewhere cannot slow the public pages down.
 */
export function soortVerzoek(req: Pick<Request, 'url' | 'headers'>): 'publiek' | 'ingelogd' | 'anders' {
  if (/^\/(publiek|api\/publiek|open311)(\/|\?|$)/.test(req.url)) return 'publiek';
  if (/^\/api\/stroom(\?|$)/.test(req.url)) return 'anders';
  return req.headers.authorization !== undefined || req.headers.cookie !== undefined ? 'ingelogd' : 'anders';
}

/**
 * The public routes at the front of the app (VOORAAN: behind the edge's security headers, limits and
 * load shedding, before sessions, the access log, the guards, validation and Nest's pipeline). Every
 * request passes here: a signed-in one is only counted (Voorrang), a public one takes its turn, and a
 * GET whose URL was answered before at the view's current position is answered from memory at once;
 * the rest goes on to its controller, which renders (PubliekeAntwoorden). Such an answer is not in the
 * access log.
 */
@Injectable()
export class PubliekVooraan implements Vooraan {
  private readonly voorrang = new Voorrang(VOORRANG);

  constructor(private readonly antwoorden: PubliekeAntwoorden) {}

  readonly handler = (req: Request, res: Response, next: NextFunction): void => {
    const soort = soortVerzoek(req);
    if (soort !== 'publiek') {
      if (soort === 'ingelogd') this.voorrang.ingelogd(res);
      return next();
    }
    this.voorrang.publiek(req, res, () => {
      const antwoord =
        req.method === 'GET' || req.method === 'HEAD' ? this.antwoorden.vooraf(req.originalUrl) : undefined;
      if (antwoord) stuurPubliek(req, res, antwoord);
      else next();
    });
  };
}
