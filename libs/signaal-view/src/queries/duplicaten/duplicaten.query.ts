import { Controller, Get, Param, Res } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, type Gebruiker } from '@signaalspoor/auth';
import { UuidPipe } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import type { Response } from 'express';
import type { Koppelingen } from '../../signalen/duplicaten';
import { LeesFout } from '../lees.errors';
import { Leesmodel } from '../leesmodel';
import { antwoord, GevraagdePositie, LeesRoute, type Gelezen } from '../lezen';
import { eisZicht } from '../signaal/signaal.query';

export class GeefDuplicaten {
  constructor(
    readonly signaalId: string,
    readonly gebruiker: Gebruiker,
    readonly positie?: number,
  ) {}
}

@QueryHandler(GeefDuplicaten)
export class GeefDuplicatenHandler implements IQueryHandler<GeefDuplicaten> {
  constructor(
    private readonly leesmodel: Leesmodel,
    private readonly reference: ReferenceData,
  ) {}

  async execute({
    signaalId,
    gebruiker,
    positie,
  }: GeefDuplicaten): Promise<Gelezen<Koppelingen & { id: string }>> {
    // with X-Positie: read once the signaal's own events up to it are in the read model
    // a raad sees its own duplicates of a main signaal, not those of other raden
    const gelezen = await this.leesmodel.signaalMetKoppelingen(signaalId, positie, gebruiker.raadId);
    if (!gelezen) throw new LeesFout('SIGNAAL_ONBEKEND', 'Dit signaal bestaat niet.');
    const { view, koppelingen } = gelezen.body;
    eisZicht(view, gebruiker, this.reference);
    return { body: { id: signaalId, ...koppelingen }, positie: gelezen.positie };
  }
}

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen/:id/duplicaten')
export class DuplicatenController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary:
      'Het hoofdsignaal van een duplicaat met zijn antwoorden en terugkoppelingen, en de duplicaten van een signaal',
  })
  @LeesRoute()
  duplicaten(
    @Param('id', UuidPipe) id: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @GevraagdePositie() positie: number | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return antwoord(response, this.queries.execute(new GeefDuplicaten(id, gebruiker, positie)));
  }
}
