import {
  applyDecorators,
  createParamDecorator,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { map } from 'rxjs';
import type { ProjectionFeed } from '@signaalspoor/projections';
import { LeesFout } from './lees.errors';

// Read-your-writes, the same way for every query:
// - a command answers the `positie` of what it wrote;
// - a query sent with the header `X-Positie: <positie>` waits (at most CONSISTENCY_TIMEOUT_MS) until
//   ITS projection reflects every event up to that position; a list that cannot catch up in time
//   answers 503 with Retry-After, a single signaal is folded from its stream in the event store;
// - a query without it gets the read model as it is, without waiting;
// - every answer carries `X-Positie`: the position up to which the answer surely reflects the log.

export const POSITIE_HEADER = 'X-Positie';

/** What a query handler answers: the body and the position (and, for one signaal, its revision). */
export interface Gelezen<T> {
  body: T;
  positie: number;
  /** the stream revision, sent as ETag */
  revision?: number;
}

/** The position a query was asked to reflect (header X-Positie), validated; undefined when absent. */
export const GevraagdePositie = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const raw = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>().headers['x-positie'];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw)) {
    throw new LeesFout(
      'ONGELDIGE_POSITIE',
      `${POSITIE_HEADER}: moet een positie zijn (een geheel getal vanaf 0), zoals een commando die teruggeeft`,
      POSITIE_HEADER,
    );
  }
  return Number(raw);
});

/** Where the projection stands for a query asked to reflect `positie` (of `streamId`, when given). */
export async function stand(
  feed: ProjectionFeed,
  positie: number | undefined,
  streamId?: string,
): Promise<{ bijgewerkt: boolean; positie: number }> {
  if (positie === undefined || positie <= feed.position())
    return { bijgewerkt: true, positie: feed.position() };
  // a position the log does not have yet is the client's mistake, not a wait
  if (positie > (await feed.head())) {
    throw new LeesFout(
      'ONGELDIGE_POSITIE',
      `${POSITIE_HEADER}: deze positie bestaat (nog) niet in het logboek`,
      POSITIE_HEADER,
    );
  }
  const bijgewerkt = await feed.reached(positie, streamId);
  return { bijgewerkt, positie: feed.position() };
}

export function leesmodelAchter(): LeesFout {
  return new LeesFout(
    'LEESMODEL_ACHTER',
    'Het leesmodel is nog niet bij met de gevraagde positie; probeer het zo opnieuw.',
    POSITIE_HEADER,
  );
}

/** Sends a query's headers (X-Positie; for one signaal its ETag) and answers its body. */
function stuur<T>(response: Response, { body, positie, revision }: Gelezen<T>): T {
  response.setHeader(POSITIE_HEADER, String(positie));
  if (revision !== undefined) response.setHeader('ETag', `"${revision}"`);
  return body;
}

/** Sends a query's answer with its headers (a 503 of a lagging read model gets its Retry-After at the edge). */
export async function antwoord<T>(response: Response, gelezen: Promise<Gelezen<T>>): Promise<T> {
  return stuur(response, await gelezen);
}

/** Sends the `Gelezen` a query route returns as its headers and body. */
class GelezenAntwoord implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(map((gelezen: Gelezen<unknown>) => stuur(response, gelezen)));
  }
}

/** OpenAPI of a query route: the X-Positie header in and out, and the 503 of a lagging read model. */
export const LeesRoute = () =>
  applyDecorators(
    ApiHeader({
      name: POSITIE_HEADER,
      required: false,
      description:
        'Read-your-writes: de `positie` die een commando teruggaf. Het antwoord weerspiegelt minstens die positie, of is een 503.',
    }),
    ApiResponse({
      status: 503,
      description:
        'Het leesmodel haalde de gevraagde X-Positie niet in binnen CONSISTENCY_TIMEOUT_MS (code LEESMODEL_ACHTER); opnieuw na Retry-After seconden.',
      headers: { 'Retry-After': { description: 'seconden', schema: { type: 'integer' } } },
    }),
  );

/** The X-Positie response header, for @ApiOkResponse({ headers }). */
const POSITIE_RESPONSE_HEADER = {
  [POSITIE_HEADER]: {
    description: 'de positie in het logboek tot waar dit antwoord zeker bijgewerkt is',
    schema: { type: 'integer' },
  },
};

/**
 * A query route that returns its handler's `Gelezen`: answered with its body, of `type`, and its
 * headers (X-Positie, and `headers` besides it in OpenAPI); the OpenAPI of LeesRoute.
 */
export const GelezenRoute = (type: Type, headers: Record<string, { description: string }> = {}) =>
  applyDecorators(
    LeesRoute(),
    ApiOkResponse({ type, headers: { ...POSITIE_RESPONSE_HEADER, ...headers } }),
    UseInterceptors(GelezenAntwoord),
  );
