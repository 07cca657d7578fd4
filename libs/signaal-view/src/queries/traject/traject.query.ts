import { Controller, Get, Param, Res } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, type Gebruiker } from '@signaalspoor/auth';
import { UuidPipe } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import type { Response } from 'express';
import { toonActor } from '@signaalspoor/privacy';
import { LeesFout } from '../lees.errors';
import { Leesmodel } from '../leesmodel';
import { antwoord, GevraagdePositie, LeesRoute, POSITIE_RESPONSE_HEADER, type Gelezen } from '../lezen';
import { eisZicht } from '../signaal/signaal.query';
import { trajectDto, TrajectDto } from './traject.response';

export class GeefTraject {
  constructor(
    readonly signaalId: string,
    readonly gebruiker: Gebruiker,
    readonly positie?: number,
  ) {}
}

@QueryHandler(GeefTraject)
export class GeefTrajectHandler implements IQueryHandler<GeefTraject> {
  constructor(
    private readonly leesmodel: Leesmodel,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, gebruiker, positie }: GeefTraject): Promise<Gelezen<TrajectDto>> {
    // the links of duplicates, both ways (the main signaal of a duplicate, the duplicates of a main
    // one), read in the same statement as the view and its hops
    const gelezen = await this.leesmodel.signaalMetKoppelingen(signaalId, positie, gebruiker.raadId);
    if (!gelezen) throw new LeesFout('SIGNAAL_ONBEKEND', 'Dit signaal bestaat niet.');
    const { view, hops, koppelingen } = gelezen.body;
    eisZicht(view, gebruiker, this.reference);
    const { duplicaatVan, duplicaten } = koppelingen;
    const traject = trajectDto(view, hops, this.leesmodel.namen);
    // raden and diensten see roles and organisations, not who acted (issue 10)
    const getoond = traject.hops.map((hop, i) => ({
      ...hop,
      actor: toonActor(
        hops[i].actor,
        { raadId: view.raadId, dienstId: hop.gegevens.dienstId },
        gebruiker,
        this.reference,
      ),
    }));
    return {
      ...gelezen,
      body: {
        ...traject,
        hops: getoond,
        ...(duplicaatVan && { duplicaatVan: { id: duplicaatVan.id, titel: duplicaatVan.titel } }),
        duplicaten: duplicaten.map(({ id, titel }) => ({ id, titel })),
      },
    };
  }
}

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen/:id/traject')
export class TrajectController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'Elke stap van het signaal in volgorde, met actor, tijd en duur; wie het nu heeft',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @LeesRoute()
  @ApiOkResponse({ type: TrajectDto, headers: POSITIE_RESPONSE_HEADER })
  traject(
    @Param('id', UuidPipe) id: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @GevraagdePositie() positie: number | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TrajectDto> {
    return antwoord(response, this.queries.execute(new GeefTraject(id, gebruiker, positie)));
  }
}
