import { Controller, Get, Param } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthFout, HuidigeGebruiker, type Gebruiker } from '@signaalspoor/auth';
import { UuidPipe } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import { magZien } from '@signaalspoor/signaal-store';
import { findSignaal } from '../../signalen/signalen.queries';
import { Leesmodel } from '../leesmodel';
import { LeesFout } from '../lees.errors';

export class GeefSignaal {
  constructor(
    readonly signaalId: string,
    readonly gebruiker: Gebruiker,
  ) {}
}

@QueryHandler(GeefSignaal)
export class GeefSignaalHandler implements IQueryHandler<GeefSignaal> {
  constructor(
    private readonly leesmodel: Leesmodel,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, gebruiker }: GeefSignaal) {
    await this.leesmodel.bijgewerkt(signaalId);
    const detail = await findSignaal(this.leesmodel.pool, signaalId);
    if (!detail) throw new LeesFout('SIGNAAL_ONBEKEND', 'Dit signaal bestaat niet.');
    const { state } = detail;
    if (
      !magZien(
        gebruiker,
        { raadId: state.raadId, dienstIds: state.doorsturingen.map((d) => d.dienstId) },
        this.reference,
      )
    ) {
      throw new AuthFout('GEEN_TOEGANG', 'Dit signaal valt niet onder jouw bevoegdheid.');
    }
    const { signaalId: id, ...rest } = state;
    return { id, ...rest, bal: detail.bal, revision: detail.revision, positie: detail.position };
  }
}

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen/:id')
export class SignaalController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'De huidige toestand van een signaal' })
  signaal(@Param('id', UuidPipe) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.queries.execute(new GeefSignaal(id, gebruiker));
  }
}
