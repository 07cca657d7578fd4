import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AuthFout, HuidigeGebruiker, type Gebruiker } from '@signaalspoor/auth';
import { CONFIG, type Config } from '@signaalspoor/config';
import { UuidPipe } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import { magZien } from '@signaalspoor/signaal-store';
import type { Response } from 'express';
import type { SignaalView } from '../../signalen/signaal-view';
import { LeesFout } from '../lees.errors';
import { Leesmodel } from '../leesmodel';
import { antwoord, GevraagdePositie, LeesRoute, POSITIE_RESPONSE_HEADER, type Gelezen } from '../lezen';
import { signaalDto, SignaalDetailDto, termijnenVan } from './signaal.response';

export class GeefSignaal {
  constructor(
    readonly signaalId: string,
    readonly gebruiker: Gebruiker,
    readonly positie?: number,
  ) {}
}

/** Refuses a signaal the user may not see. */
export function eisZicht(view: SignaalView, gebruiker: Gebruiker, reference: ReferenceData): void {
  const dienstIds = view.doorsturingen.map((d) => d.dienstId);
  if (!magZien(gebruiker, { raadId: view.raadId, dienstIds }, reference)) {
    throw new AuthFout('GEEN_TOEGANG', 'Dit signaal valt niet onder jouw bevoegdheid.');
  }
}

@QueryHandler(GeefSignaal)
export class GeefSignaalHandler implements IQueryHandler<GeefSignaal> {
  constructor(
    private readonly leesmodel: Leesmodel,
    private readonly reference: ReferenceData,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async execute({ signaalId, gebruiker, positie }: GeefSignaal): Promise<Gelezen<SignaalDetailDto>> {
    const gelezen = await this.leesmodel.signaal(signaalId, positie);
    if (!gelezen) throw new LeesFout('SIGNAAL_ONBEKEND', 'Dit signaal bestaat niet.');
    const { view } = gelezen.body;
    eisZicht(view, gebruiker, this.reference);
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
  @LeesRoute()
  @ApiOkResponse({
    type: SignaalDetailDto,
    headers: {
      ...POSITIE_RESPONSE_HEADER,
      ETag: { description: 'de revisie van het signaal, tussen aanhalingstekens; voor If-Match' },
    },
  })
  signaal(
    @Param('id', UuidPipe) id: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @GevraagdePositie() positie: number | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignaalDetailDto> {
    return antwoord(response, this.queries.execute(new GeefSignaal(id, gebruiker, positie)));
  }
}
