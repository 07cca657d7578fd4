import { Controller, Get, Inject, Param } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, type Gebruiker } from '@signaalspoor/auth';
import { CONFIG, type Config } from '@signaalspoor/config';
import { UuidPipe } from '@signaalspoor/http';
import { Leesmodel } from '../leesmodel';
import { GelezenRoute, GevraagdePositie, type Gelezen } from '../lezen';
import { signaalDto, SignaalDetailDto, termijnenVan } from './signaal.response';

export class GeefSignaal {
  constructor(
    readonly signaalId: string,
    readonly gebruiker: Gebruiker,
    readonly positie?: number,
  ) {}
}

@QueryHandler(GeefSignaal)
export class GeefSignaalHandler implements IQueryHandler<GeefSignaal> {
  constructor(
    private readonly leesmodel: Leesmodel,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async execute({ signaalId, gebruiker, positie }: GeefSignaal): Promise<Gelezen<SignaalDetailDto>> {
    const gelezen = await this.leesmodel.zichtbaar(signaalId, positie, gebruiker);
    const { view } = gelezen.body;
    const { intervalMs: _interval, ...beleid } = this.config.termijnen;
    return { ...gelezen, body: { ...signaalDto(view), termijnen: termijnenVan(view, beleid, Date.now()) } };
  }
}

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen/:id')
export class SignaalController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'De huidige toestand van een signaal' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @GelezenRoute(SignaalDetailDto, {
    ETag: { description: 'de revisie van het signaal, tussen aanhalingstekens; voor If-Match' },
  })
  signaal(
    @Param('id', UuidPipe) id: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @GevraagdePositie() positie: number | undefined,
  ): Promise<Gelezen<SignaalDetailDto>> {
    return this.queries.execute(new GeefSignaal(id, gebruiker, positie));
  }
}
