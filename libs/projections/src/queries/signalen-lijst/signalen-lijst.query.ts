import { Controller, Get, Query } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthFout, HuidigeGebruiker, type Gebruiker } from '@signaalspoor/auth';
import { ReferenceData } from '@signaalspoor/reference-data';
import { listSignalen, type SignalenFilter } from '../../signalen/signalen.queries';
import { Leesmodel } from '../leesmodel';
import { SignalenLijstDto } from './signalen-lijst.dto';

export class LijstSignalen {
  constructor(
    readonly filter: SignalenLijstDto,
    readonly gebruiker: Gebruiker,
  ) {}
}

/** Narrows a request to what the user may see: own raad, own raden, own dienst, or everything. */
export function binnenBevoegdheid(
  filter: SignalenLijstDto,
  gebruiker: Gebruiker,
  reference: ReferenceData,
): Pick<SignalenFilter, 'raadIds' | 'dienstId'> {
  const gevraagd = filter.raad ? [filter.raad] : undefined;
  const weiger = () => {
    throw new AuthFout('GEEN_TOEGANG', 'Je mag alleen signalen binnen je eigen bevoegdheid opvragen.');
  };
  switch (gebruiker.rol) {
    case 'raad':
      if (filter.raad && filter.raad !== gebruiker.raadId) weiger();
      return { raadIds: [gebruiker.raadId!], dienstId: filter.dienst };
    case 'wijkmanager': {
      const eigen = reference.radenVan(gebruiker.sub);
      if (filter.raad && !eigen.includes(filter.raad)) weiger();
      return { raadIds: gevraagd ?? eigen, dienstId: filter.dienst };
    }
    case 'dienst':
      if (filter.dienst && filter.dienst !== gebruiker.dienstId) weiger();
      return { raadIds: gevraagd, dienstId: gebruiker.dienstId };
    case 'auditor':
    case 'beheerder':
      return { raadIds: gevraagd, dienstId: filter.dienst };
  }
}

@QueryHandler(LijstSignalen)
export class LijstSignalenHandler implements IQueryHandler<LijstSignalen> {
  constructor(
    private readonly leesmodel: Leesmodel,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ filter, gebruiker }: LijstSignalen) {
    const scope = binnenBevoegdheid(filter, gebruiker, this.reference);
    await this.leesmodel.bijgewerkt();
    return listSignalen(this.leesmodel.pool, {
      ...scope,
      status: filter.status,
      thema: filter.thema,
      van: filter.van,
      tot: filter.tot,
      overschreden: filter.overschreden,
      limit: filter.limiet ?? 50,
      offset: filter.offset ?? 0,
    });
  }
}

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen')
export class SignalenLijstController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary:
      'Signalen binnen je bevoegdheid, te filteren op raad, dienst, status, thema en periode (van/tot)',
  })
  lijst(@Query() filter: SignalenLijstDto, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.queries.execute(new LijstSignalen(filter, gebruiker));
  }
}
