import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every answer (helmet): nosniff, no framing (frame-ancestors 'none' and
 * X-Frame-Options), a Content-Security-Policy the web app and Swagger UI live with (their own
 * scripts and styles; inline styles for both), no referrer across sites, and in production HSTS
 * for a year (a development server on plain http must not pin the browser to https).
 */
export function securityHeaders(production: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * gzip or brotli (`compression`, brotli at its quality 4: cheap on CPU) for the API's JSON and the
 * web app's files, as the client accepts. Never the SSE stream: a compressor buffers, and an event
 * must reach the page when it happens.
 */
export function compress(): RequestHandler {
  return compression({
    filter: (req: Request, res: Response) =>
      !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') &&
      compression.filter(req, res),
  });
}
