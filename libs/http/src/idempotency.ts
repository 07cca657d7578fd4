import {
  applyDecorators,
  createParamDecorator,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Response } from 'express';
import { map } from 'rxjs';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { InvoerFout } from './http-error';
import type { RequestContext } from './request-context';

/** What a command needs of its HTTP request: correlation, Idempotency-Key and If-Match. */
export interface CommandVerzoek extends RequestContext {
  /** the client's Idempotency-Key; the command derives its ids from it (libs/signaal-store) */
  idempotencyKey?: string;
  /** the stream revisions of the strong ETags in If-Match; absent without the header or with `*` */
  ifMatch?: number[];
}

const KEY = /^[\x21-\x7e]{1,200}$/;
const ENTITY_TAG = /^(W\/)?"(\d{1,15})"$/;

type Headers = Record<string, string | string[] | undefined>;

/** Reads and checks a command request's headers; a malformed one is refused (400) naming the header. */
export function commandVerzoek(context: RequestContext, headers: Headers): CommandVerzoek {
  const verzoek: CommandVerzoek = { ...context };
  const key = single(headers['idempotency-key']);
  if (key !== undefined) {
    if (!KEY.test(key)) {
      throw new InvoerFout(
        'ONGELDIGE_IDEMPOTENCY_KEY',
        'Idempotency-Key: 1 tot 200 zichtbare ASCII-tekens.',
        'Idempotency-Key',
      );
    }
    verzoek.idempotencyKey = key;
  }
  const ifMatch = single(headers['if-match'])?.trim();
  if (ifMatch !== undefined && ifMatch !== '*') verzoek.ifMatch = revisions(ifMatch);
  return verzoek;
}

/**
 * If-Match: a list of entity tags, each the `"<revision>"` of GET /api/signalen/{id}. A weak tag never
 * matches (strong comparison, RFC 9110): it is accepted and leads to 412 like any stale tag.
 */
function revisions(header: string): number[] {
  const tags = header.split(',').map((tag) => ENTITY_TAG.exec(tag.trim()));
  if (tags.some((tag) => tag === null)) {
    throw new InvoerFout(
      'ONGELDIGE_IF_MATCH',
      'If-Match: verwacht de ETag van het signaal, bv. "3", of *.',
      'If-Match',
    );
  }
  return tags.flatMap((tag) => (tag![1] ? [] : [Number(tag![2])]));
}

const single = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value.join(', ') : value;

/** The command request of the current HTTP request (a controller parameter). */
export const CommandVerzoek = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandVerzoek => {
  const request = ctx.switchToHttp().getRequest<{ context: RequestContext; headers: Headers }>();
  return commandVerzoek(request.context, request.headers);
});

/** The stream revision a command's answer carries (see REVISIE in libs/signaal-store). */
const REVISIE = Symbol.for('signaalspoor.revisie');

/** Sends the signaal's revision after a command as its ETag, ready for the next If-Match. */
class RevisieEtag implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const revisie = (body as { [REVISIE]?: unknown } | null)?.[REVISIE];
        if (typeof revisie === 'number') response.setHeader('ETag', `"${revisie}"`);
        return body;
      }),
    );
  }
}

/** A command route: its headers and answers documented (OpenAPI), the ETag of the result sent. */
export const CommandHeaders = () =>
  applyDecorators(
    UseInterceptors(RevisieEtag),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord.',
    }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde.',
    }),
    ApiResponse({ status: 412, description: 'REVISIE_VERANDERD: het signaal wijzigde sinds die revisie' }),
    ApiResponse({
      status: 422,
      description: 'IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek',
    }),
  );
