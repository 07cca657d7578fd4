import {
  applyDecorators,
  Body,
  Controller,
  createParamDecorator,
  HttpCode,
  Param,
  Post,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import type { Response } from 'express';
import { map } from 'rxjs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthFout, Rollen, toActor, type AuthenticatedRequest, type GebruikerRol } from '@signaalspoor/auth';
import type { Actor } from '@signaalspoor/domain';
import { CommandAntwoordDto } from './command-antwoord.dto';
import { InvoerFout } from './http-error';
import type { RequestContext } from './request-context';
import { UuidPipe } from './uuid.pipe';

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

/** What a route controller is made of, besides its name and method. */
export interface RouteControllerDelen {
  /** the classes whose instances the controller gets, in order */
  inject: Type[];
  /** the route method's parameters, in order: each decorator with the type it validates or documents */
  parameters: [ParameterDecorator, Type][];
  route: MethodDecorator;
  controller: ClassDecorator;
}

const hoofdletter = (naam: string) => naam.charAt(0).toUpperCase() + naam.slice(1);

/**
 * A controller made at run time, as it would be written by hand: the class `<Naam>Controller` with the
 * one route method `naam` (its OpenAPI operation `<Naam>Controller_<naam>`), its parameters and
 * decorators, and `methode` as its body, called with the injected instances and the route's arguments.
 * Nest, OpenAPI and ZonderBodyInterceptor find the route's metadata by the method's name.
 */
export function routeController(
  naam: string,
  { inject, parameters, route, controller }: RouteControllerDelen,
  methode: (instances: unknown[], ...args: unknown[]) => unknown,
): Type {
  const gemaakt = class {
    readonly instances: unknown[];
    constructor(...instances: unknown[]) {
      this.instances = instances;
    }
  };
  Object.defineProperty(gemaakt, 'name', { value: `${hoofdletter(naam)}Controller` });
  Reflect.defineMetadata('design:paramtypes', inject, gemaakt);
  const { [naam]: value } = {
    [naam](this: InstanceType<typeof gemaakt>, ...args: unknown[]) {
      return methode(this.instances, ...args);
    },
  };
  Object.defineProperty(gemaakt.prototype, naam, { value, writable: true, configurable: true });
  // last first, as TypeScript applies them: the OpenAPI document lists the path parameters in that order
  for (const [index, [decorator]] of [...parameters.entries()].reverse())
    decorator(gemaakt.prototype, naam, index);
  const types = parameters.map(([, type]) => type);
  Reflect.defineMetadata('design:paramtypes', types, gemaakt.prototype, naam);
  route(gemaakt.prototype, naam, Object.getOwnPropertyDescriptor(gemaakt.prototype, naam)!);
  controller(gemaakt);
  return gemaakt;
}

/** The one handler the command slices hand their request to (SignaalCommandHandler, libs/signaal-store). */
export interface CommandHandler<R> {
  handle(request: R, verzoek: CommandVerzoek): Promise<object>;
}

/** Where and how a command slice is served: what differs between the controllers of a lib's slices. */
export interface CommandPad<P extends string = string, B extends Type | undefined = Type | undefined> {
  /** the controller's path; each `:param` in it is a UUID (UuidPipe) */
  pad: P;
  /** the DTO of the body, for a command that takes one */
  body?: B;
  route: Parameters<typeof CommandRoute>;
}

/** One string per `:param` of a path, in their order. */
type PadParams<P extends string> = P extends `${string}:${string}/${infer Rest}`
  ? [string, ...PadParams<Rest>]
  : P extends `${string}:${string}`
    ? [string]
    : [];

/**
 * What a slice's mapping is called with: the path's ids, the body (when the slice takes one), the
 * CommandVerzoek, then an instance of each class the lib's controllers inject. The compiler holds a
 * mapping to its path and body: a route that would call it with other arguments does not build.
 */
type CommandArgs<P extends string, B, I extends Type[]> = [
  ...PadParams<P>,
  ...(B extends Type<infer D> ? [D] : []),
  CommandVerzoek,
  ...{ [K in keyof I]: I[K] extends Type<infer T> ? T : never },
];

/**
 * The controllers of a lib's command slices, each made from its slice's pure mapping and `CommandPad`:
 * the route calls the mapping with the path's UUIDs in their order, the body (where the slice takes
 * one), the CommandVerzoek and then the instances of `inject` (CommandArgs), and hands the request it
 * returns, with the CommandVerzoek, to `handler`. The route method takes the mapping's name and the
 * controller that name with `Controller`, so an action keeps one name into its OpenAPI operation
 * (`StuurDoorController_stuurDoor`).
 */
export function commandControllers<R, I extends Type[]>(
  tag: string,
  handler: Type<CommandHandler<R>>,
  ...inject: I
) {
  return <P extends string, B extends Type | undefined = undefined>(
    mapping: (...args: CommandArgs<P, B, I>) => R,
    { pad, body, route }: CommandPad<P, B>,
  ) => {
    const ids = [...pad.matchAll(/:(\w+)/g)].map(([, param]) => param!);
    const parameters: [ParameterDecorator, Type][] = [
      ...ids.map((param): [ParameterDecorator, Type] => [Param(param, UuidPipe), String]),
      ...(body ? [[Body(), body] as [ParameterDecorator, Type]] : []),
      [CommandVerzoek(), Object],
    ];
    const delen = {
      inject: [handler, ...inject],
      parameters,
      route: CommandRoute(...route),
      controller: applyDecorators(ApiTags(tag), Controller(pad)),
    };
    return routeController(mapping.name, delen, ([commands, ...extra], ...args) =>
      (commands as CommandHandler<R>).handle(
        mapping(...([...args, ...extra] as CommandArgs<P, B, I>)),
        args.at(-1) as CommandVerzoek,
      ),
    );
  };
}
