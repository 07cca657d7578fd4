import {
  Injectable,
  Module,
  type CallHandler,
  type ExecutionContext,
  type MiddlewareConsumer,
  type NestInterceptor,
  type NestMiddleware,
} from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { InvoerFout } from '@signaalspoor/http';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { naarCsv } from './csv';
import { naarGeoJson } from './geojson';

export const FORMATEN = ['json', 'csv', 'geojson'] as const;
export type Formaat = (typeof FORMATEN)[number];
/** `formaat` values of one resource that its route answers itself (an attachment's thumbnail): left in the query. */
export const EIGEN_FORMATEN: readonly string[] = ['miniatuur'];

interface ExportRequest extends Request {
  exportFormaat?: Formaat;
}

/**
 * `formaat` is a representation parameter, not a filter: the edge takes it off the query string
 * before the route's DTO validation sees it, and an `Accept: text/csv` asks for the same. GET only.
 */
@Injectable()
export class FormaatMiddleware implements NestMiddleware {
  use(req: ExportRequest, _res: Response, next: (error?: unknown) => void): void {
    if (req.method !== 'GET') return next();
    // most requests name no formaat: no URL parsed for them
    const url = req.url.includes('formaat') ? new URL(req.url, 'http://x') : undefined;
    const gevraagd = url?.searchParams.getAll('formaat') ?? [];
    if (gevraagd.length === 1 && EIGEN_FORMATEN.includes(gevraagd[0])) return next();
    if (gevraagd.length > 0) {
      if (gevraagd.length > 1 || !FORMATEN.includes(gevraagd[0] as Formaat)) {
        return next(
          new InvoerFout('ONGELDIG_FORMAAT', `moet een van ${FORMATEN.join(', ')} zijn`, 'formaat'),
        );
      }
      req.exportFormaat = gevraagd[0] as Formaat;
      url!.searchParams.delete('formaat');
      req.url = url!.pathname + url!.search;
    } else if (/^text\/csv\b/i.test(req.headers.accept ?? '')) {
      req.exportFormaat = 'csv';
    }
    next();
  }
}

const bestandsnaam = (path: string, formaat: Formaat) =>
  `${
    path
      .replace(/^\/api\//, '')
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/-+$/, '') || 'export'
  }.${formaat}`;

/**
 * Turns any list answer (`{ items: [...] }`) into a download: CSV with one row per item, GeoJSON
 * with one feature per item, or the same JSON as an attachment. The paging of the answer travels in headers (`X-Totaal`, `X-Limiet`,
 * `X-Offset`), since a CSV file has no place for it. Answers that are no list are left alone.
 */
@Injectable()
export class ExportInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<ExportRequest>();
    const formaat = req.exportFormaat;
    if (!formaat) return next.handle();
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const items = (body as { items?: unknown } | null)?.items;
        if (!Array.isArray(items)) return body;
        const { total, limit, limiet, offset } = body as Record<string, unknown>;
        if (total !== undefined) res.setHeader('X-Totaal', String(total));
        if ((limiet ?? limit) !== undefined) res.setHeader('X-Limiet', String(limiet ?? limit));
        if (offset !== undefined) res.setHeader('X-Offset', String(offset));
        res.setHeader('Content-Disposition', `attachment; filename="${bestandsnaam(req.path, formaat)}"`);
        if (formaat === 'json') return body;
        if (formaat === 'geojson') {
          res.setHeader('Content-Type', 'application/geo+json; charset=utf-8');
          return JSON.stringify(naarGeoJson(items));
        }
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        return naarCsv(items);
      }),
    );
  }
}

/**
 * CSV, JSON and GeoJSON downloads of every list of the API (`?formaat=csv|json|geojson` or
 * `Accept: text/csv`); GeoJSON places each item at its `coordinaten`.
 */
@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: ExportInterceptor }] })
export class ExportModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(FormaatMiddleware).forRoutes('*path');
  }
}
