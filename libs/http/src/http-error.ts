import { HttpException, HttpStatus } from '@nestjs/common';
import { types } from 'node:util';
import { isDatabaseUnavailable } from '@signaalspoor/database';
import type { ErrorKind } from '@signaalspoor/domain';

/** Also errors of another realm (Node's own socket errors seen from a vm context, as under jest). */
const isError = (error: unknown): error is Error => error instanceof Error || types.isNativeError(error);

export type { ErrorKind };

/** The shape every module's error type has: a code, a kind, a message, optionally the field. */
export interface CodedError {
  code: string;
  kind: ErrorKind;
  message: string;
  field?: string;
  details?: FieldError[];
  /** for a 503: seconds until a retry makes sense, when the module knows better than the default */
  retryAfter?: number;
}

export interface FieldError {
  field: string;
  message: string;
}

/** The one error body of the API. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  field?: string;
  errors?: FieldError[];
}

const STATUS: Record<ErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthorized: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  // If-Match names a revision that is no longer current
  'precondition-failed': HttpStatus.PRECONDITION_FAILED,
  // an Idempotency-Key reused for another request
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  'too-large': HttpStatus.PAYLOAD_TOO_LARGE,
  'unsupported-media-type': HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  // what was there is erased for good (an attachment whose person was forgotten)
  gone: HttpStatus.GONE,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

export const isCodedError = (error: unknown): error is CodedError => {
  const candidate = error as Partial<CodedError> | null;
  return (
    isError(error) &&
    typeof candidate?.code === 'string' &&
    typeof candidate.kind === 'string' &&
    candidate.kind in STATUS
  );
};

/** Invalid input found at the edge (DTO validation, headers, malformed JSON). */
export class InvoerFout extends Error implements CodedError {
  readonly kind: 'invalid' | 'too-large' | 'unsupported-media-type' = 'invalid';
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: FieldError[],
  ) {
    super(message);
    this.name = 'InvoerFout';
  }
}

/** A media type, charset or content encoding the API does not take (415). */
export class MediaTypeFout extends InvoerFout {
  override readonly kind = 'unsupported-media-type';
}

/** A body larger than the API takes (413). */
export class TeGrootFout extends InvoerFout {
  override readonly kind = 'too-large';
}

/** Seconds a client should wait before retrying a 503. */
export const RETRY_AFTER_SECONDS = 5;

const ONBESCHIKBAAR = 'De dienst is tijdelijk niet beschikbaar. Probeer het over enkele seconden opnieuw.';

/** Codes whose messages are known to quote a library (the event store quotes pg and sockets). */
const BERICHT_PER_CODE: Record<string, string> = {
  EVENT_STORE_UNAVAILABLE:
    'De event store is tijdelijk niet bereikbaar. Probeer opnieuw; met dezelfde Idempotency-Key gebeurt het hoogstens één keer.',
};

/**
 * What internals look like in a message: addresses, socket error codes, SQL, pg's own wording,
 * stack frames. A module's message that shows any of them is replaced; the log keeps it.
 */
const INTERNALS = [
  /\b\d{1,3}(\.\d{1,3}){3}\b/,
  /\[?::1\]?|localhost:\d+/i,
  /\bE(CONN[A-Z]+|NOTFOUND|TIMEDOUT|PIPE|HOSTUNREACH|AI_AGAIN|ADDRINUSE)\b/,
  /\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|ALTER TABLE)\b/,
  /\b(relation|column|constraint|database|role) "[^"]*"/,
  /connection terminated|timeout exceeded|terminating connection|syntax error/i,
  /\n\s+at |\bat [\w.<>]+ \(/,
];
const leaks = (message: string): boolean => INTERNALS.some((pattern) => pattern.test(message));

/** A message for a client or a health report: itself, or a plain word when it would show internals. */
export const zonderInterne = (message: string): string => (leaks(message) ? 'niet bereikbaar' : message);

/**
 * SQLSTATEs that say "not now" rather than "never": connection exceptions (08), insufficient
 * resources (53), admin/crash shutdown (57P01-04), a statement or lock timeout (57014, 55P03), and
 * a serialization failure or deadlock (40001, 40P01).
 */
const TIJDELIJK = /^(08|53)[0-9A-Z]{3}$|^57P0[1-4]$|^57014$|^55P03$|^40001$|^40P01$/;

/**
 * Transient failures of libraries (pg, sockets) that no module turned into its own error: the
 * database or a peer cannot answer now, so 503 rather than 500.
 */
function isTransient(error: unknown): boolean {
  if (!isError(error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (TIJDELIJK.test(code) || /^E[A-Z]+$/.test(code))) return true;
  return /^(Connection terminated|timeout exceeded when trying to connect)/i.test(error.message);
}

const HTTP_BERICHTEN: Record<number, [string, string]> = {
  400: ['ONGELDIG_VERZOEK', 'Ongeldig verzoek.'],
  404: ['NIET_GEVONDEN', 'Deze route bestaat niet.'],
  405: ['METHODE_NIET_TOEGESTAAN', 'Deze methode is hier niet toegestaan.'],
  406: ['NIET_AANVAARDBAAR', 'Dit antwoordformaat wordt niet ondersteund: vraag application/json.'],
  413: ['TE_GROOT', 'De body is te groot.'],
  415: ['MEDIA_TYPE_NIET_ONDERSTEUND', 'Dit mediatype wordt niet ondersteund: stuur application/json.'],
};

export interface HttpError {
  status: number;
  body: ErrorBody;
  /** for 503: seconds until a retry makes sense (the Retry-After header) */
  retryAfter?: number;
  /** the body does not say what went wrong inside: the log must */
  intern?: boolean;
}

/**
 * Maps any error to status and body: the single place where errors meet HTTP. Bodies carry only
 * what a module wrote for the client; a 503 or 500 never carries a library's message (the log does).
 */
export function toHttpError(error: unknown): HttpError {
  if (isCodedError(error)) {
    const status = STATUS[error.kind];
    const intern = error.code in BERICHT_PER_CODE || leaks(error.message);
    const message = intern
      ? (BERICHT_PER_CODE[error.code] ??
        (status === 503 ? ONBESCHIKBAAR : 'Dit verzoek kan niet verwerkt worden.'))
      : error.message;
    const body: ErrorBody = { statusCode: status, code: error.code, message };
    if (error.field) body.field = error.field;
    if (error.details?.length) body.errors = error.details;
    return {
      status,
      body,
      intern,
      ...(status === 503 ? { retryAfter: error.retryAfter ?? RETRY_AFTER_SECONDS } : {}),
    };
  }
  const unavailableException =
    error instanceof HttpException && error.getStatus() === HttpStatus.SERVICE_UNAVAILABLE;
  if (unavailableException || isTransient(error) || isDatabaseUnavailable(error)) {
    const status = HttpStatus.SERVICE_UNAVAILABLE;
    return {
      status,
      body: { statusCode: status, code: 'TIJDELIJK_ONBESCHIKBAAR', message: ONBESCHIKBAAR },
      retryAfter: RETRY_AFTER_SECONDS,
    };
  }
  if (error instanceof HttpException && error.getStatus() < 500) {
    const status = error.getStatus();
    const [code, message] = HTTP_BERICHTEN[status] ?? [
      `HTTP_${status}`,
      'Dit verzoek kan niet verwerkt worden.',
    ];
    return { status, body: { statusCode: status, code, message } };
  }
  const status = HttpStatus.INTERNAL_SERVER_ERROR;
  return {
    status,
    body: { statusCode: status, code: 'INTERNE_FOUT', message: 'Er ging iets mis aan onze kant.' },
  };
}
