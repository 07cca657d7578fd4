import { BadRequestException, MethodNotAllowedException, ServiceUnavailableException } from '@nestjs/common';
import { toHttpError } from './http-error';

/** An error of the kind a module throws: a code, a kind, a message. */
const coded = (code: string, kind: string, message: string) =>
  Object.assign(new Error(message), { code, kind });
/** What pg and Node's sockets throw when the database is away. */
const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:36071'), {
    code: 'ECONNREFUSED',
    address: '127.0.0.1',
    port: 36071,
  });

/** A case: what is thrown, and the status and code the client gets. */
type Geval = [geval: string, error: unknown, status: number, code: string];
/** A pg error by its SQLSTATE that a retry may get past: 503, try again. */
const voorbijgaand = (geval: string, message: string, code: string): Geval => [
  geval,
  Object.assign(new Error(message), { code }),
  503,
  'TIJDELIJK_ONBESCHIKBAAR',
];

const INTERNALS =
  /127\.0\.0\.1|36071|ECONN|relation|SELECT|Connection terminated|at \w+ \(|Exception|Bad Request/;

describe('error bodies carry no internals', () => {
  it.each<Geval>([
    [
      'the event store quoting pg',
      coded(
        'EVENT_STORE_UNAVAILABLE',
        'unavailable',
        'De event store is niet bereikbaar: connect ECONNREFUSED 127.0.0.1:36071',
      ),
      503,
      'EVENT_STORE_UNAVAILABLE',
    ],
    ['a raw pg connection error', refused(), 503, 'TIJDELIJK_ONBESCHIKBAAR'],
    [
      'pg losing its connection',
      new Error('Connection terminated unexpectedly'),
      503,
      'TIJDELIJK_ONBESCHIKBAAR',
    ],
    voorbijgaand('a pg admin shutdown', 'terminating connection due to administrator command', '57P01'),
    voorbijgaand('a statement timeout', 'canceling statement due to statement timeout', '57014'),
    voorbijgaand('a lock timeout', 'canceling statement due to lock timeout', '55P03'),
    voorbijgaand('a deadlock', 'deadlock detected', '40P01'),
    [
      'a SQL error',
      Object.assign(new Error('relation "signalen" does not exist'), { code: '42P01' }),
      500,
      'INTERNE_FOUT',
    ],
    [
      'a TypeError with a stack',
      new TypeError("Cannot read properties of undefined (reading 'status')"),
      500,
      'INTERNE_FOUT',
    ],
    [
      'a module message quoting SQL',
      coded('LEES_FOUT', 'conflict', 'mislukt: SELECT * FROM signalen'),
      409,
      'LEES_FOUT',
    ],
    [
      'a module 503 quoting an address',
      coded('X_WEG', 'unavailable', 'kan 10.0.0.7:9092 niet bereiken'),
      503,
      'X_WEG',
    ],
    [
      'a readiness report',
      new ServiceUnavailableException({ status: 'error', info: { database: 'ECONNREFUSED' } }),
      503,
      'TIJDELIJK_ONBESCHIKBAAR',
    ],
    [
      'Nest in English',
      new BadRequestException('Validation failed (uuid is expected)'),
      400,
      'ONGELDIG_VERZOEK',
    ],
    ['a method Nest refuses', new MethodNotAllowedException(), 405, 'METHODE_NIET_TOEGESTAAN'],
  ])('%s', (_case, error, status, code) => {
    const mapped = toHttpError(error);
    expect(mapped.status).toBe(status);
    expect(mapped.body.code).toBe(code);
    expect(mapped.body.message).not.toMatch(INTERNALS);
    expect(JSON.stringify(mapped.body)).not.toMatch(INTERNALS);
    expect(mapped.retryAfter).toBe(status === 503 ? 5 : undefined);
  });

  it('keeps what a module wrote for the client', () => {
    const mapped = toHttpError(
      Object.assign(coded('ONGELDIGE_OVERGANG', 'conflict', 'Dit signaal is al afgesloten.'), {
        field: 'status',
      }),
    );
    expect(mapped.body).toEqual({
      statusCode: 409,
      code: 'ONGELDIGE_OVERGANG',
      message: 'Dit signaal is al afgesloten.',
      field: 'status',
    });
    expect(mapped.intern).toBe(false);
  });
});
