import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { CONFIG, type Config } from '@signaalspoor/config';
import { HttpAdapterHost } from '@nestjs/core';
import express, { type NextFunction, type Request, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where `npm run build` puts the web app (vite, apps/web). */
export const WEB_DIR = resolve(process.env.SIGNAALSPOOR_WEB_DIR ?? join(process.cwd(), 'dist/web'));

const NIET_GEBOUWD = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Signaalspoor</title></head>
<body><main><h1>Signaalspoor</h1><p>De webtoepassing is niet gebouwd. Start met <code>npm start</code> of bouw ze met
<code>npm run build</code>. De API staat onder <a href="/api/docs">/api</a>.</p></main></body></html>`;

/** Paths the server answers itself: the API, and the public pages and Open311 (libs/publiek). */
const BUITEN_DE_APP = /^\/(api|publiek|open311)(\/|$)/;

/**
 * Where the map's tiles may be loaded from (CSP img-src): the scheme and host of the tile template,
 * a `{s}` subdomain as a wildcard.
 */
export function tegelsBron(tegelsUrl: string): string {
  return /^https?:\/\/[^/]+/.exec(tegelsUrl.replace('{s}', '*'))?.[0] ?? '';
}

/**
 * The web app at `/`: its files, and index.html for every other GET outside /api, /publiek and /open311 (the app's own
 * routes, e.g. /signalen/123). Mount it after the API, so /api answers first and an unknown /api
 * path still gets the API's JSON 404. Plain Express: the gateway mounts it too. `tegelsUrl`: the
 * map's tile template (KAART_TEGELS_URL), whose host the page may load images from.
 */
export function webApp(tegelsUrl: string, dir = WEB_DIR): express.Router {
  const imgSrc = `'self' data: ${tegelsBron(tegelsUrl)}`.trim();
  const router = express.Router();
  const gebouwd = existsSync(join(dir, 'index.html'));
  if (gebouwd) {
    // The build's .br and .gz beside each file (apps/web/vite.config.mts): sent as they are, with
    // their Content-Encoding, which the edge's compression then leaves alone. Hashed names: a year.
    router.use(
      '/assets',
      expressStaticGzip(join(dir, 'assets'), {
        enableBrotli: true,
        orderPreference: ['br', 'gzip'],
        index: false,
        serveStatic: { immutable: true, maxAge: '1y', fallthrough: false },
      }),
    );
  }
  router.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || BUITEN_DE_APP.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'self'; img-src ${imgSrc}; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'`,
    );
    if (!gebouwd) return res.status(200).type('html').send(NIET_GEBOUWD);
    const bestand = req.path !== '/' && !req.path.includes('..') ? join(dir, req.path) : '';
    if (bestand && statSync(bestand, { throwIfNoEntry: false })?.isFile()) return res.sendFile(bestand);
    res.sendFile(join(dir, 'index.html'));
  });
  return router;
}

/** Mounts the web app on the Nest app's Express instance, after the API routes. */
@Injectable()
export class SpaServer implements OnModuleInit {
  constructor(
    private readonly adapter: HttpAdapterHost,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  onModuleInit(): void {
    this.adapter.httpAdapter.getInstance<express.Express>().use(webApp(this.config.kaart.tegelsUrl));
  }
}
