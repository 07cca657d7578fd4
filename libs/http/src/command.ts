import {
  applyDecorators,
  createParamDecorator,
  HttpCode,
  Post,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Response } from 'express';
import { map } from 'rxjs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { AuthFout, Rollen, toActor, type AuthenticatedRequest, type GebruikerRol } from '@signaalspoor/auth';
import type { Actor } from '@signaalspoor/domain';
import { CommandAntwoordDto } from './command-antwoord.dto';
import { InvoerFout } from './http-error';
import type { RequestContext } from './request-context';

/**
 * What a command needs of its HTTP request: who (the token's actor), correlation, Idempotency-Key and
 * If-Match. It is, as is, the CommandContext the signaal commands run with (libs/signaal-store).
 */
export interface CommandVerzoek {
  actor: Actor;
  correlationId: string;
  /** the request's id */
  causationId: string;
  /** the client's Idempotency-Key; the command derives its ids from it (libs/signaal-store) */
  idempotencyKey?: string;
  /** the stream revisions of the strong ETags in If-Match; absent without the header or with `*` */
  ifMatch?: number[];
}

const KEY = /^[\x21-\x7e]{1,200}$/;
const ENTITY_TAG = /^(W\/)?"(\d{1,15})"$/;

type Headers = Record<string, string | string[] | undefined>;

/** Reads and checks a command request's headers; a malformed one is refused (400) naming the header. */
export function commandVerzoek(actor: Actor, context: RequestContext, headers: Headers): CommandVerzoek {
  const verzoek: CommandVerzoek = {
    actor,
    correlationId: context.correlationId,
    causationId: context.requestId,
  };
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

/** The command request of the current HTTP request, after the AuthGuard (a controller parameter). */
export const CommandVerzoek = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandVerzoek => {
  const request = ctx.switchToHttp().getRequest<AuthenticatedRequest & { context: RequestContext }>();
  if (!request.gebruiker) throw new AuthFout('NIET_AANGEMELD', 'Meld je aan.');
  return commandVerzoek(toActor(request.gebruiker), request.context, request.headers);
});

/**
 * Sends the signaal's revision after a command (the answer's `revisie`, see CommandAntwoord in
 * libs/signaal-store) as its ETag, ready for the next If-Match, and the rest as the body.
 */
class RevisieEtag implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map(({ revisie, ...body }: { revisie: number }) => {
        response.setHeader('ETag', `"${revisie}"`);
        return body;
      }),
    );
  }
}

/**
 * The headers every command takes and the answers they bring (OpenAPI): Idempotency-Key, If-Match,
 * 412 and 422. Part of CommandRoute; a command route of its own shape (a multipart upload) uses it too.
 */
export const CommandHeaders = () =>
  applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Een retry met dezelfde sleutel en hetzelfde verzoek heeft één effect en krijgt hetzelfde antwoord, ook na een time-out.',
      schema: { type: 'string', maxLength: 200 },
    }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'De ETag van het signaal ("<revisie>"): 412 wanneer het signaal intussen wijzigde.',
      schema: { type: 'string', example: '"3"' },
    }),
    ApiResponse({ status: 412, description: 'REVISIE_VERANDERD: het signaal wijzigde sinds die revisie' }),
    ApiResponse({
      status: 422,
      description: 'IDEMPOTENCY_KEY_HERGEBRUIKT: de sleutel hoort bij een ander verzoek',
    }),
  );

/**
 * A command route: POST for one role (or a few), answered with `status`; its headers and answers documented
 * (OpenAPI), the ETag of the result sent.
 */
export const CommandRoute = (rol: GebruikerRol | GebruikerRol[], status: 200 | 201, summary: string) =>
  applyDecorators(
    Post(),
    HttpCode(status),
    Rollen(...[rol].flat()),
    ApiBearerAuth(),
    ApiOperation({ summary }),
    ApiResponse({ status, type: CommandAntwoordDto }),
    UseInterceptors(RevisieEtag),
    CommandHeaders(),
  );
