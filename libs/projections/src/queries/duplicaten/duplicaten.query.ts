import { Controller, Get, Param } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthFout, HuidigeGebruiker, type Gebruiker } from '@signaalspoor/auth';
import { UuidPipe } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import { magZien } from '@signaalspoor/signaal-store';
import { koppelingenVan } from '../../signalen/duplicaten';
import { findSignaal } from '../../signalen/signalen.queries';
import { LeesFout } from '../lees.errors';
import { Leesmodel } from '../leesmodel';

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
    await this.leesmodel.bijgewerkt(signaalId);
    const signaal = await findSignaal(this.leesmodel.pool, signaalId);
    if (!signaal) throw new LeesFout('SIGNAAL_ONBEKEND', 'Dit signaal bestaat niet.');
    const { state } = signaal;
    const dienstIds = state.doorsturingen.map((d) => d.dienstId);
    if (!magZien(gebruiker, { raadId: state.raadId, dienstIds }, this.reference)) {
      throw new AuthFout('GEEN_TOEGANG', 'Dit signaal valt niet onder jouw bevoegdheid.');
    }
    // a raad sees its own duplicates of a main signaal, not those of other raden
    const koppelingen = await koppelingenVan(this.leesmodel.pool, state, gebruiker.raadId);
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
