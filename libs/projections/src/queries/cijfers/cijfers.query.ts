import { Controller, Get, Query } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Rollen } from '@signaalspoor/auth';
import { Keuze } from '@signaalspoor/http';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { cijfers, CIJFERS_PER, type CijfersPer } from '../../signalen/cijfers';
import { Leesmodel } from '../leesmodel';

export class CijfersDto {
  @Keuze(CIJFERS_PER, {
    description: 'groepering: per raad, thema, jaar (terugkoppeling) of dienst (antwoorden)',
  })
  per!: CijfersPer;

  @ApiPropertyOptional({ description: 'alleen signalen ingediend in dit jaar', example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'moet een jaartal zijn' })
  @Min(2000, { message: 'moet een jaartal zijn' })
  @Max(9999, { message: 'moet een jaartal zijn' })
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
