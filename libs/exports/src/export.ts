import {
  Injectable,
  Module,
  StreamableFile,
  type CallHandler,
  type ExecutionContext,
  type MiddlewareConsumer,
  type NestInterceptor,
  type NestMiddleware,
} from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { InvoerFout } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import type { Request, Response } from 'express';
import { mergeMap, type Observable } from 'rxjs';
import { naarCsv, SCHEIDINGSTEKENS, type Scheidingsteken } from './csv';
import { naarGeoJson } from './geojson';
import { naarTabel } from './tabel';
import { naarXlsx } from './xlsx';

export const FORMATEN = ['json', 'csv', 'xlsx', 'geojson'] as const;
export type Formaat = (typeof FORMATEN)[number];
/** `formaat` values of one resource that its route answers itself (an attachment's thumbnail): left in the query. */
export const EIGEN_FORMATEN: readonly string[] = ['miniatuur'];

interface ExportRequest extends Request {
  exportFormaat?: Formaat;
  scheidingsteken?: Scheidingsteken;
}

/**
 * `formaat` (and, for CSV, `scheidingsteken`) are representation parameters, not filters: the edge
 * takes them off the query string before the route's DTO validation sees it, and an
 * `Accept: text/csv` asks for CSV. GET only.
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
    const scheidingsteken = url?.searchParams.getAll('scheidingsteken') ?? [];
    if (scheidingsteken.length > 0) {
      const keuzes = Object.keys(SCHEIDINGSTEKENS);
      if (scheidingsteken.length > 1 || !keuzes.includes(scheidingsteken[0])) {
        return next(
          new InvoerFout(
            'ONGELDIG_SCHEIDINGSTEKEN',
            `moet een van ${keuzes.join(' ')} zijn`,
            'scheidingsteken',
          ),
        );
      }
      if (req.exportFormaat !== 'csv') {
        return next(
          new InvoerFout('ONGELDIG_SCHEIDINGSTEKEN', 'kan alleen bij formaat=csv', 'scheidingsteken'),
        );
      }
      req.scheidingsteken = scheidingsteken[0] as Scheidingsteken;
      url!.searchParams.delete('scheidingsteken');
      req.url = url!.pathname + url!.search;
    }
    next();
  }
}

const naam = (path: string) =>
  path
    .replace(/^\/api\//, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/-+$/, '') || 'export';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Turns any list answer (`{ items: [...] }`) into a download: CSV or an Excel workbook with one row
 * per item (Dutch column names, names and labels instead of codes, Brussels local time: see
 * naarTabel), GeoJSON with one feature per item, or the same JSON as an attachment. The paging of
 * the answer travels in headers (`X-Totaal`, `X-Limiet`, `X-Offset`), since a CSV file has no place
 * for it. Answers that are no list are left alone.
 */
@Injectable()
export class ExportInterceptor implements NestInterceptor {
  constructor(private readonly reference: ReferenceData) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<ExportRequest>();
    const formaat = req.exportFormaat;
    if (!formaat) return next.handle();
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        const items = (body as { items?: unknown } | null)?.items;
        if (!Array.isArray(items)) return body;
        const { total, limit, limiet, offset } = body as Record<string, unknown>;
        if (total !== undefined) res.setHeader('X-Totaal', String(total));
        if ((limiet ?? limit) !== undefined) res.setHeader('X-Limiet', String(limiet ?? limit));
        if (offset !== undefined) res.setHeader('X-Offset', String(offset));
        res.setHeader('Content-Disposition', `attachment; filename="${naam(req.path)}.${formaat}"`);
        if (formaat === 'json') return body;
        if (formaat === 'geojson') {
          res.setHeader('Content-Type', 'application/geo+json; charset=utf-8');
          return JSON.stringify(naarGeoJson(items));
        }
        const tabel = naarTabel(items, this.reference);
        if (formaat === 'xlsx') {
          return new StreamableFile(await naarXlsx(tabel, naam(req.path)), { type: XLSX_TYPE });
        }
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        return naarCsv(tabel, req.scheidingsteken);
      }),
    );
  }
}

/**
 * CSV, Excel, JSON and GeoJSON downloads of every list of the API (`?formaat=csv|xlsx|json|geojson`
 * or `Accept: text/csv`; `scheidingsteken=;|,|tab` for CSV); GeoJSON places each item at its
 * `coordinaten`.
 */
@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: ExportInterceptor }] })
export class ExportModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(FormaatMiddleware).forRoutes('*path');
  }
}
