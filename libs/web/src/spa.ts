import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where `npm run build` puts the web app (vite, apps/web). */
export const WEB_DIR = resolve(process.env.SIGNAALSPOOR_WEB_DIR ?? join(process.cwd(), 'dist/web'));

const NIET_GEBOUWD = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Signaalspoor</title></head>
<body><main><h1>Signaalspoor</h1><p>De webtoepassing is niet gebouwd. Start met <code>npm start</code> of bouw ze met
<code>npm run build</code>. De API staat onder <a href="/api/docs">/api</a>.</p></main></body></html>`;

/**
 * Serves the web app at `/`: its files, and index.html for every other GET outside /api (the
 * app's own routes, e.g. /signalen/123). Registered after the API routes, so /api answers first and
 * an unknown /api path still gets the API's JSON 404.
 */
@Injectable()
export class SpaServer implements OnModuleInit {
  constructor(private readonly adapter: HttpAdapterHost) {}

  onModuleInit(): void {
    const app = this.adapter.httpAdapter.getInstance<express.Express>();
    const gebouwd = existsSync(join(WEB_DIR, 'index.html'));
    if (gebouwd) {
      app.use(
        '/assets',
        express.static(join(WEB_DIR, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
      );
    }
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (
        (req.method !== 'GET' && req.method !== 'HEAD') ||
        req.path === '/api' ||
        req.path.startsWith('/api/')
      )
        return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader(
        'Content-Security-Policy',
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
      );
      if (!gebouwd) return res.status(200).type('html').send(NIET_GEBOUWD);
      const bestand = req.path !== '/' && !req.path.includes('..') ? join(WEB_DIR, req.path) : '';
      if (bestand && existsSync(bestand) && !bestand.endsWith('/')) return res.sendFile(bestand);
      res.sendFile(join(WEB_DIR, 'index.html'));
    });
  }
}
