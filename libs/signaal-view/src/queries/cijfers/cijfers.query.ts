import { Controller, Get, Query } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Rollen } from '@signaalspoor/auth';
import { Geheel, Keuze } from '@signaalspoor/http';
import { cijfers } from '../../signalen/cijfers';
import { CIJFERS_PER, type CijfersPer } from '../../signalen/signaal-view.repository';
import { Leesmodel } from '../leesmodel';
import { GelezenRoute, GevraagdePositie, type Gelezen } from '../lezen';

export class CijfersDto {
  @Keuze(CIJFERS_PER, {
    description: 'groepering: per raad, thema, jaar (terugkoppeling) of dienst (antwoorden)',
  })
  per!: CijfersPer;

  @Geheel({ min: 2000, max: 9999, optional: true, description: 'alleen signalen ingediend in dit jaar' })
  jaar?: number;
}

export class CijferDto {
  @ApiProperty({ description: 'de raad, het thema, het jaar of de dienst' }) sleutel!: string;
  @ApiPropertyOptional() signalen?: number;
  @ApiPropertyOptional() ingetrokken?: number;
  @ApiPropertyOptional({ description: 'niet ingetrokken signalen met een definitieve terugkoppeling' })
  teruggekoppeld?: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) terugkoppelingsgraad?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) mediaanDagenTotTerugkoppeling?: number | null;
  @ApiPropertyOptional({ description: 'per dienst' }) doorsturingen?: number;
  @ApiPropertyOptional({ description: 'per dienst' }) beantwoord?: number;
  @ApiPropertyOptional({ description: 'per dienst' }) teruggestuurd?: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'per dienst' })
  mediaanDagenTotAntwoord?: number | null;
}

export class CijfersAntwoordDto {
  @ApiProperty({ enum: CIJFERS_PER }) per!: string;
  @ApiPropertyOptional() jaar?: number;
  @ApiProperty({ type: [CijferDto] }) items!: CijferDto[];
}

export class GeefCijfers {
  constructor(
    readonly filter: CijfersDto,
    readonly positie?: number,
  ) {}
}

@QueryHandler(GeefCijfers)
export class GeefCijfersHandler implements IQueryHandler<GeefCijfers> {
  constructor(private readonly leesmodel: Leesmodel) {}

  execute({ filter, positie }: GeefCijfers): Promise<Gelezen<CijfersAntwoordDto>> {
    return this.leesmodel.lijst(positie, async () => ({
      per: filter.per,
      ...(filter.jaar && { jaar: filter.jaar }),
      items: await cijfers(this.leesmodel.views, filter.per, filter.jaar),
    }));
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
  @GelezenRoute(CijfersAntwoordDto)
  cijfers(
    @Query() filter: CijfersDto,
    @GevraagdePositie() positie: number | undefined,
  ): Promise<Gelezen<CijfersAntwoordDto>> {
    return this.queries.execute(new GeefCijfers(filter, positie));
  }
}
