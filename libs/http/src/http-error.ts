import { HttpException, HttpStatus } from '@nestjs/common';
import { isDatabaseUnavailable } from '@signaalspoor/database';

export type ErrorKind = 'invalid' | 'unauthorized' | 'forbidden' | 'not-found' | 'conflict' | 'unavailable';

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
  readonly kind = 'invalid' as const;
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

/** A stored response replayed for a repeated Idempotency-Key. */
export class ReplayedResponse extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super('replayed');
  }
}

/** Maps any error to status and body: the single place where errors meet HTTP. */
export function toHttpError(error: unknown): { status: number; body: ErrorBody } {
  if (isCodedError(error)) {
    const status = STATUS[error.kind];
    const body: ErrorBody = { statusCode: status, code: error.code, message: error.message };
    if (error.field) body.field = error.field;
    if (error.details?.length) body.errors = error.details;
    return { status, body };
  }
  const parserType = (error as { type?: string } | null)?.type;
  if (parserType === 'entity.too.large') {
    const status = HttpStatus.PAYLOAD_TOO_LARGE;
    return {
      status,
      body: { statusCode: status, code: 'TE_GROOT', message: 'De body is te groot.', field: 'body' },
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    // Nest turns body-parser's SyntaxError (malformed JSON) and URIError into a bare 400
    if (status === HttpStatus.BAD_REQUEST) {
      return /JSON/.test(error.message)
        ? toHttpError(
            new InvoerFout('ONGELDIGE_JSON', `De body is geen geldige JSON: ${error.message}`, 'body'),
          )
        : toHttpError(new InvoerFout('ONGELDIG_VERZOEK', `Onleesbaar verzoek: ${error.message}`));
    }
    const code =
      status === 404 ? 'NIET_GEVONDEN' : status === 405 ? 'METHODE_NIET_TOEGESTAAN' : `HTTP_${status}`;
    const message = status === 404 ? 'Deze route bestaat niet.' : error.message;
    return { status, body: { statusCode: status, code, message } };
  }
  if (isDatabaseUnavailable(error)) {
    const status = HttpStatus.SERVICE_UNAVAILABLE;
    return {
      status,
      body: {
        statusCode: status,
        code: 'DATABANK_NIET_BESCHIKBAAR',
        message: 'De databank is tijdelijk niet beschikbaar. Probeer het zo dadelijk opnieuw.',
      },
    };
  }
  const status = HttpStatus.INTERNAL_SERVER_ERROR;
  return {
    status,
    body: { statusCode: status, code: 'INTERNE_FOUT', message: 'Er ging iets mis aan onze kant.' },
  };
}
