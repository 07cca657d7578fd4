import {
  HttpStatus,
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { InvoerFout, ReplayedResponse, toHttpError } from './http-error';

export const IDEMPOTENCY_POOL = Symbol('IDEMPOTENCY_POOL');
const KEY = /^[\x21-\x7e]{1,200}$/;

/** Creates the table once per process; the interceptor calls it lazily. */
export async function migrateIdempotency(pool: Pool): Promise<void> {
  await pool.query(`
    CREATE SCHEMA IF NOT EXISTS http;
    CREATE TABLE IF NOT EXISTS http.idempotency (
      scope text NOT NULL,
      key text NOT NULL,
      request_hash text NOT NULL,
      status int NOT NULL,
      body jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (scope, key)
    )`);
}

/**
 * `Idempotency-Key` on commands: the first request with a key runs, every later one (also a
 * concurrent one) gets the same status and body. Concurrent requests with one key serialise on a
 * transaction-scoped advisory lock; the response is stored in the same transaction. The key is
 * scoped per user. Reusing a key for a different request is refused. Answers that are not final
 * (see isFinal) are not stored, so a retry after one can succeed.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@Inject(IDEMPOTENCY_POOL) private readonly pool: Pool) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { gebruiker?: { sub: string } }>();
    const header = request.headers['idempotency-key'];
    if (request.method !== 'POST' || header === undefined) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!KEY.test(key)) {
      throw new InvoerFout(
        'ONGELDIGE_IDEMPOTENCY_KEY',
        'Idempotency-Key: 1 tot 200 zichtbare ASCII-tekens.',
        'Idempotency-Key',
      );
    }
    const response = context.switchToHttp().getResponse<Response>();
    const success: number =
      Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED;
    const scope = request.gebruiker?.sub ?? 'anoniem';
    const hash = createHash('sha256')
      .update(`${request.method} ${request.originalUrl}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    return from(
      this.once(scope, key, hash, success, response, () =>
        lastValueFrom(next.handle(), { defaultValue: undefined }),
      ),
    );
  }

  private async once(
    scope: string,
    key: string,
    hash: string,
    success: number,
    response: Response,
    run: () => Promise<unknown>,
  ) {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${scope}\n${key}`]);
      const stored = await client.query<{ request_hash: string; status: number; body: unknown }>(
        'SELECT request_hash, status, body FROM http.idempotency WHERE scope = $1 AND key = $2',
        [scope, key],
      );
      if (stored.rows.length > 0) {
        await client.query('COMMIT');
        const { request_hash, status, body } = stored.rows[0];
        if (request_hash !== hash) {
          throw new InvoerFout(
            'IDEMPOTENCY_KEY_HERGEBRUIKT',
            'Deze Idempotency-Key werd al gebruikt voor een ander verzoek.',
            'Idempotency-Key',
          );
        }
        response.setHeader('Idempotent-Replayed', 'true');
        throw new ReplayedResponse(status, body);
      }
      let status: number;
      let body: unknown;
      let failure: unknown;
      try {
        body = await run();
        status = success;
      } catch (error) {
        failure = error;
        ({ status, body } = toHttpError(error));
      }
      if (isFinal(status, failure)) {
        await client.query(
          'INSERT INTO http.idempotency (scope, key, request_hash, status, body) VALUES ($1, $2, $3, $4, $5)',
          [scope, key, hash, status, JSON.stringify(body ?? null)],
        );
      }
      await client.query('COMMIT');
      if (failure !== undefined) throw failure;
      return body;
    } catch (error) {
      await rollback(client);
      throw error;
    } finally {
      client.release();
    }
  }
}

/**
 * Whether an answer is the final word on a request and is replayed for its key. Server errors and
 * lost races with concurrent writers (WRONG_EXPECTED_REVISION) are not: a retry may succeed.
 */
export function isFinal(status: number, failure?: unknown): boolean {
  return status < 500 && (failure as { code?: string } | undefined)?.code !== 'WRONG_EXPECTED_REVISION';
}

async function rollback(client: PoolClient): Promise<void> {
  await client.query('ROLLBACK').catch(() => undefined);
}
