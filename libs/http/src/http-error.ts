import { HttpException, HttpStatus } from '@nestjs/common';

export type ErrorKind =
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-large'
  | 'unsupported-media-type'
  | 'unavailable';

/** The shape every module's error type has: a code, a kind, a message, optionally the field. */
export interface CodedError {
  code: string;
  kind: ErrorKind;
  message: string;
  field?: string;
  details?: FieldError[];
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
  'too-large': HttpStatus.PAYLOAD_TOO_LARGE,
  'unsupported-media-type': HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

const isCodedError = (error: unknown): error is CodedError => {
  const candidate = error as Partial<CodedError> | null;
  return (
    error instanceof Error &&
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

/** A stored response replayed for a repeated Idempotency-Key. */
export class ReplayedResponse extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super('replayed');
  }
}

/** Seconds a client should wait before retrying a 503. */
export const RETRY_AFTER_SECONDS = 5;

const ONBESCHIKBAAR = 'De dienst is tijdelijk niet beschikbaar. Probeer het over enkele seconden opnieuw.';

/** What a 503 says per code: never the library's message, which may carry addresses or SQL. */
const ONBESCHIKBAAR_PER_CODE: Record<string, string> = {
  EVENT_STORE_UNAVAILABLE:
    'De event store is tijdelijk niet bereikbaar. Probeer opnieuw; met dezelfde Idempotency-Key gebeurt het hoogstens één keer.',
};

/**
 * Connection failures of libraries (pg, sockets) that no module turned into its own error: the
 * database or a peer is away for now, so 503 rather than 500.
 */
function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (/^(08|53|57P)[0-9A-Z]{3}$/.test(code) || /^E[A-Z]+$/.test(code))) {
    return true;
  }
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
}

/**
 * Maps any error to status and body: the single place where errors meet HTTP. Bodies carry only
 * what a module wrote for the client; a 503 or 500 never carries a library's message (the log does).
 */
export function toHttpError(error: unknown): HttpError {
  if (isCodedError(error)) {
    const status = STATUS[error.kind];
    if (error.kind === 'unavailable') {
      const message = ONBESCHIKBAAR_PER_CODE[error.code] ?? ONBESCHIKBAAR;
      return {
        status,
        body: { statusCode: status, code: error.code, message },
        retryAfter: RETRY_AFTER_SECONDS,
      };
    }
    const body: ErrorBody = { statusCode: status, code: error.code, message: error.message };
    if (error.field) body.field = error.field;
    if (error.details?.length) body.errors = error.details;
    return { status, body };
  }
  const unavailableException =
    error instanceof HttpException && error.getStatus() === HttpStatus.SERVICE_UNAVAILABLE;
  if (unavailableException || isConnectionFailure(error)) {
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
