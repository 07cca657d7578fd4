import { Controller, Get, Query } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Rollen } from '@signaalspoor/auth';
import { Geheel, Keuze } from '@signaalspoor/http';
import { cijfers, CIJFERS_PER, type CijfersPer } from '../../signalen/cijfers';
import { Leesmodel } from '../leesmodel';

export class CijfersDto {
  @Keuze(CIJFERS_PER, {
    description: 'groepering: per raad, thema, jaar (terugkoppeling) of dienst (antwoorden)',
  })
  per!: CijfersPer;

  @Geheel({ min: 2000, max: 9999, optional: true, description: 'alleen signalen ingediend in dit jaar' })
  jaar?: number;
}

export class GeefCijfers {
  constructor(readonly filter: CijfersDto) {}
}

@QueryHandler(GeefCijfers)
export class GeefCijfersHandler implements IQueryHandler<GeefCijfers> {
  constructor(private readonly leesmodel: Leesmodel) {}

  async execute({ filter }: GeefCijfers) {
    await this.leesmodel.bijgewerkt();
    return {
      per: filter.per,
      ...(filter.jaar && { jaar: filter.jaar }),
      items: await cijfers(this.leesmodel.pool, filter.per, filter.jaar),
    };
  }
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('cijfers')
export class CijfersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Rollen('auditor', 'beheerder')
  @ApiOperation({
    summary:
      'Terugkoppelingsgraad en doorlooptijd per raad, thema of jaar; antwoorden en doorlooptijd per dienst',
  })
  cijfers(@Query() filter: CijfersDto) {
    return this.queries.execute(new GeefCijfers(filter));
  }
}
