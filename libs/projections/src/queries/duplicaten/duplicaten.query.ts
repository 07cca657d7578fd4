import { Controller, Get, Param } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, type Gebruiker } from '@signaalspoor/auth';
import { UuidPipe } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import { koppelingenVan } from '../../signalen/duplicaten';
import { LeesFout } from '../lees.errors';
import { Leesmodel } from '../leesmodel';
import { eisZicht } from '../signaal/signaal.query';

export class GeefDuplicaten {
  constructor(
    readonly signaalId: string,
    readonly gebruiker: Gebruiker,
  ) {}
}

@QueryHandler(GeefDuplicaten)
export class GeefDuplicatenHandler implements IQueryHandler<GeefDuplicaten> {
  constructor(
    private readonly leesmodel: Leesmodel,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, gebruiker }: GeefDuplicaten) {
    const gelezen = await this.leesmodel.signaal(signaalId);
    if (!gelezen) throw new LeesFout('SIGNAAL_ONBEKEND', 'Dit signaal bestaat niet.');
    const { view } = gelezen.body;
    eisZicht(view, gebruiker, this.reference);
    // a raad sees its own duplicates of a main signaal, not those of other raden
    const koppelingen = await koppelingenVan(this.leesmodel.views, view, gebruiker.raadId);
    return { id: signaalId, ...koppelingen };
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
  duplicaten(@Param('id', UuidPipe) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.queries.execute(new GeefDuplicaten(id, gebruiker));
  }
}
