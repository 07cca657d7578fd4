import { raw, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { InvoerFout, MediaTypeFout, TeGrootFout } from './http-error';
import { sendError } from './error.filter';

/** Nesting deeper than this is refused before anything walks the value (our DTOs use three levels). */
export const MAX_DIEPTE = 16;

/**
 * Keys that name or reach an object's prototype (`__proto__`, `constructor`, `toString`, `valueOf`,
 * `hasOwnProperty`, ...): refused like any unknown key, never silently dropped by class-transformer.
 */
const PROTOTYPE_SLEUTELS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** A lone surrogate: in `u` mode only surrogates without their other half are code points of category Cs. */
const LOSSE_SURROGAAT = /\p{Cs}/u;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The JSON check of a Content-Type header: `application/json`, optionally with `charset=utf-8`.
 * Anything else, also another charset, is a 415 naming what was sent.
 */
function checkMediaType(header: string | undefined): void {
  const [type = '', ...parameters] = (header ?? '').split(';').map((part) => part.trim());
  if (type.toLowerCase() !== 'application/json') {
    throw new MediaTypeFout(
      'MEDIA_TYPE_NIET_ONDERSTEUND',
      header
        ? `Content-Type ${header.slice(0, 100)} wordt niet ondersteund: stuur application/json.`
        : 'Een body heeft een Content-Type nodig: stuur application/json.',
      'Content-Type',
    );
  }
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=').map((part) => part.trim());
    if (name.toLowerCase() !== 'charset') continue;
    if (!/^"?utf-?8"?$/i.test(value)) {
      throw new MediaTypeFout(
        'CHARSET_NIET_ONDERSTEUND',
        `Tekenset ${value.slice(0, 40)} wordt niet ondersteund: stuur UTF-8.`,
        'Content-Type',
      );
    }
  }
}

const pad = (parent: string, key: string | number): string =>
  typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

/** The field name of a path inside the body; the body itself is `body`. */
const veld = (path: string): string => path || 'body';

/**
 * Walks a parsed JSON value without recursion: refuses nesting beyond MAX_DIEPTE first, then NUL
 * characters and lone surrogates in any string or key (PostgreSQL's jsonb and URI encoders refuse
 * them), then prototype keys. Each error names the field.
 */
export function inspecteer(value: unknown): void {
  const diepte: Array<[unknown, number]> = [[value, 0]];
  while (diepte.length) {
    const [current, depth] = diepte.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_DIEPTE) {
      throw new InvoerFout(
        'TE_DIEP_GENEST',
        `De invoer is te diep genest: hoogstens ${MAX_DIEPTE} niveaus.`,
        'body',
      );
    }
    for (const child of Object.values(current)) diepte.push([child, depth + 1]);
  }
  const todo: Array<[unknown, string]> = [[value, '']];
  while (todo.length) {
    const [current, path] = todo.pop()!;
    if (typeof current === 'string') {
      checkTekst(current, path);
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    const entries: Array<[string | number, unknown]> = Array.isArray(current)
      ? current.map((item, index) => [index, item])
      : Object.entries(current);
    // reversed so that the first problem in document order is reported
    for (const [key, child] of entries.reverse()) {
      const childPath = pad(path, key);
      if (typeof key === 'string') {
        checkTekst(key, childPath);
        if (PROTOTYPE_SLEUTELS.has(key)) {
          const message = 'is geen bekend veld';
          throw new InvoerFout('ONGELDIGE_INVOER', `${childPath}: ${message}`, childPath, [
            { field: childPath, message },
          ]);
        }
      }
      todo.push([child, childPath]);
    }
  }
}

function checkTekst(text: string, path: string): void {
  if (text.includes('\u0000')) {
    throw new InvoerFout('ONGELDIGE_TEKENS', `${veld(path)}: bevat een NUL-teken`, veld(path));
  }
  if (LOSSE_SURROGAAT.test(text)) {
    throw new InvoerFout(
      'ONGELDIGE_TEKENS',
      `${veld(path)}: bevat een ongeldig Unicode-teken (losse surrogaat)`,
      veld(path),
    );
  }
}

/** Errors of express.raw (body-parser) as our own. */
function fromParser(error: { type?: string; message?: string }, limit: string): InvoerFout {
  switch (error.type) {
    case 'entity.too.large':
      return new TeGrootFout('TE_GROOT', `De body is te groot: hoogstens ${limit}.`, 'body');
    case 'encoding.unsupported':
      return new MediaTypeFout(
        'CONTENT_ENCODING_NIET_ONDERSTEUND',
        'Content-Encoding wordt niet ondersteund: stuur de body onversleuteld.',
        'Content-Encoding',
      );
    case 'request.aborted':
    case 'request.size.invalid':
      return new InvoerFout('BODY_ONVOLLEDIG', 'De body kwam niet volledig aan.', 'body');
    default:
      return new InvoerFout('ONLEESBARE_BODY', 'De body kon niet gelezen worden.', 'body');
  }
}

function parse(buffer: Buffer): unknown {
  let text: string;
  try {
    text = utf8.decode(buffer);
  } catch {
    throw new InvoerFout('ONGELDIGE_JSON', 'De body is geen geldige UTF-8.', 'body');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new InvoerFout(
      'ONGELDIGE_JSON',
      `De body is geen geldige JSON${position ? ` (fout bij teken ${position})` : ''}.`,
      'body',
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvoerFout('ONGELDIGE_JSON', 'De body moet een JSON-object zijn.', 'body');
  }
  inspecteer(value);
  return value;
}

/**
 * The routes (below /api) that read a `multipart/form-data` body themselves, as a stream with a byte
 * cap of their own: the upload of an attachment (libs/bijlagen). Every other body is JSON.
 */
export const UPLOAD_ROUTES: readonly RegExp[] = [/^\/signalen\/[^/]+\/bijlagen\/?$/];

/** A POST of multipart/form-data to an upload route: its handler reads the body. */
export const isUpload = (request: Request): boolean =>
  request.method === 'POST' &&
  /^multipart\/form-data\s*(;|$)/i.test(request.headers['content-type'] ?? '') &&
  UPLOAD_ROUTES.some((route) => route.test(request.path));

/**
 * The one body parser of the API. A request without body bytes has `body` undefined. Otherwise
 * the body must be `application/json` in UTF-8 (415), at most `limit` (413), and a JSON object
 * that passes `inspecteer` (400); only then do pipes and handlers see it. An upload (isUpload) is
 * left unread, with `body` undefined, for its route to stream.
 */
export function jsonBody(limit: string): RequestHandler {
  const read = raw({ type: () => true, limit, inflate: false });
  return (request: Request, response: Response, next: NextFunction) => {
    if (isUpload(request)) {
      request.body = undefined;
      return next();
    }
    const length = request.headers['content-length'];
    // a chunked body may still be empty: its media type is checked once bytes have arrived
    const chunked = request.headers['transfer-encoding'] !== undefined;
    if (!chunked && (length === undefined || length === '0')) {
      request.body = undefined;
      return next();
    }
    try {
      // a declared length: refuse the media type before reading the body
      if (!chunked) checkMediaType(request.headers['content-type']);
    } catch (error) {
      return sendError(response, error);
    }
    read(request, response, (error?: unknown) => {
      if (error) return sendError(response, fromParser(error as { type?: string }, limit));
      const buffer = request.body as unknown;
      try {
        if (!Buffer.isBuffer(buffer) || buffer.length === 0) {
          request.body = undefined;
        } else {
          if (chunked) checkMediaType(request.headers['content-type']);
          request.body = parse(buffer);
        }
      } catch (invalid) {
        return sendError(response, invalid);
      }
      next();
    });
  };
}
