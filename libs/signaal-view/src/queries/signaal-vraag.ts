import { applyDecorators, Controller, Get, Param, type Type } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, type Gebruiker, type GebruikerRol } from '@signaalspoor/auth';
import { routeController, UuidPipe } from '@signaalspoor/http';
import { GelezenRoute, GevraagdePositie } from './lezen';

/** A query about one signaal, for a reader, that reflects at least `positie` (X-Positie). */
export abstract class SignaalVraag {
  constructor(
    readonly signaalId: string,
    readonly gebruiker: Gebruiker,
    readonly positie?: number,
  ) {}
}

/** The route of a query about one signaal: what differs between them. */
export interface SignaalVraagRoute {
  /** the controller's path, `signalen/:id` or below it */
  pad: string;
  summary: string;
  /** the answer's DTO, and its headers besides X-Positie (GelezenRoute) */
  type: Type;
  headers?: Record<string, { description: string }>;
  /** only these roles (else: every reader, magZien decides) */
  rollen?: GebruikerRol[];
}

/**
 * The controller of a query about one signaal: GET `pad` (its `id` a UUID) for the current user, with
 * X-Positie, answered with what the query's handler read (GelezenRoute). The route method is `naam`,
 * the controller `<Naam>Controller`.
 */
export function signaalVraagController(
  naam: string,
  Vraag: new (signaalId: string, gebruiker: Gebruiker, positie?: number) => SignaalVraag,
  { pad, summary, type, headers, rollen = [] }: SignaalVraagRoute,
): Type {
  const delen = {
    inject: [QueryBus],
    parameters: [
      [Param('id', UuidPipe), String],
      [HuidigeGebruiker(), Object],
      [GevraagdePositie(), Object],
    ] as [ParameterDecorator, Type][],
    route: applyDecorators(
      Get(),
      ...(rollen.length ? [Rollen(...rollen)] : []),
      ApiOperation({ summary }),
      ApiParam({ name: 'id', format: 'uuid' }),
      GelezenRoute(type, headers),
    ),
    controller: applyDecorators(ApiTags('signalen'), ApiBearerAuth(), Controller(pad)),
  };
  return routeController(naam, delen, ([queries], id, gebruiker, positie) =>
    (queries as QueryBus).execute(
      new Vraag(id as string, gebruiker as Gebruiker, positie as number | undefined),
    ),
  );
}
