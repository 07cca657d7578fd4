import { Controller, Get, Inject, Query } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AuthFout, HuidigeGebruiker, type Gebruiker } from '@signaalspoor/auth';
import { CONFIG, type Config } from '@signaalspoor/config';
import { ReferenceData } from '@signaalspoor/reference-data';
import type { SignalenFilter } from '../../signalen/signaal-view.repository';
import { Leesmodel } from '../leesmodel';
import { GelezenRoute, GevraagdePositie, type Gelezen } from '../lezen';
import { signaalKern, SignaalLijstItemDto, volgendeTermijn } from '../signaal/signaal.response';
import { SignalenLijstDto } from './signalen-lijst.dto';

export class SignalenPaginaDto {
  @ApiProperty({ type: [SignaalLijstItemDto] }) items!: SignaalLijstItemDto[];
  @ApiProperty({ description: 'hoeveel signalen aan de filter voldoen' }) total!: number;
  @ApiProperty({ description: 'zoals gevraagd (standaard 50)' }) limiet!: number;
  @ApiProperty({ description: 'zoals gevraagd (standaard 0)' }) offset!: number;
}

export class LijstSignalen {
  constructor(
    readonly filter: SignalenLijstDto,
    readonly gebruiker: Gebruiker,
    readonly positie?: number,
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
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  execute({ filter, gebruiker, positie }: LijstSignalen): Promise<Gelezen<SignalenPaginaDto>> {
    const scope = binnenBevoegdheid(filter, gebruiker, this.reference);
    const limiet = filter.limiet ?? 50;
    const offset = filter.offset ?? 0;
    return this.leesmodel.lijst(positie, async () => {
      const pagina = await this.leesmodel.views.lijst({
        ...scope,
        q: filter.q,
        status: filter.status,
        thema: filter.thema,
        van: filter.van,
        tot: filter.tot,
        overschreden: filter.overschreden,
        binnen: filter.binnen,
        balBij: filter.balBij,
        sorteer: filter.sorteer,
        limiet,
        offset,
      });
      const { intervalMs: _interval, ...beleid } = this.config.termijnen;
      const nu = Date.now();
      const items = pagina.items.map((view) => {
        const volgende = volgendeTermijn(view, beleid, nu);
        return { ...signaalKern(view), ...(volgende && { volgendeTermijn: volgende }) };
      });
      return { items, total: pagina.total, limiet, offset };
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
      'Signalen binnen je bevoegdheid, te doorzoeken (q), te filteren op raad, dienst, status, thema, bal bij, periode (van/tot) en kaartkader (binnen), te sorteren (sorteer); ook als CSV of GeoJSON (formaat)',
  })
  @GelezenRoute(SignalenPaginaDto)
  lijst(
    @Query() filter: SignalenLijstDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @GevraagdePositie() positie: number | undefined,
  ): Promise<Gelezen<SignalenPaginaDto>> {
    return this.queries.execute(new LijstSignalen(filter, gebruiker, positie));
  }
}
