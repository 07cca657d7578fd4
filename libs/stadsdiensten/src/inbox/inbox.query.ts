import { Controller, Get, Inject, Query } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AuthFout, HuidigeGebruiker, Rollen, type Gebruiker } from '@signaalspoor/auth';
import { CONFIG, type Config } from '@signaalspoor/config';
import { Id, InvoerFout, Keuze, PagingDto } from '@signaalspoor/http';
import {
  GelezenRoute,
  GevraagdePositie,
  Leesmodel,
  type Gelezen,
  type InboxRegel,
  Zoekvraag,
} from '@signaalspoor/signaal-view';
import { antwoordUiterlijk } from './inbox-termijn';

export class InboxDto extends PagingDto {
  @Id({
    optional: true,
    description: 'voor auditor en beheerder: de dienst; een dienst ziet altijd de eigen inbox',
  })
  dienst?: string;

  @Keuze(['open', 'alle'], { optional: true, description: 'open (standaard): doorgestuurd of opgepakt' })
  status?: 'open' | 'alle';

  @Zoekvraag()
  q?: string;
}

export class InboxItemDto {
  @ApiProperty({ format: 'uuid', description: 'de doorsturing' }) id!: string;
  @ApiProperty({ format: 'uuid' }) signaalId!: string;
  @ApiProperty() raadId!: string;
  @ApiProperty() titel!: string;
  @ApiProperty() thema!: string;
  @ApiProperty({ enum: ['doorgestuurd', 'opgepakt', 'beantwoord', 'teruggestuurd', 'vervallen'] })
  status!: string;
  @ApiPropertyOptional() toelichting?: string;
  @ApiProperty({ format: 'date-time' }) doorgestuurdOp!: string;
  @ApiPropertyOptional({ format: 'date-time' }) opgepaktOp?: string;
  @ApiPropertyOptional({ format: 'date-time' }) afgehandeldOp?: string;
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'voor een open doorsturing: wanneer de termijn voor het antwoord verstrijkt',
  })
  uiterlijk?: string;
  @ApiProperty({
    description:
      'de positie van de laatste gebeurtenis van het signaal (zie "Nieuw sinds je laatste bezoek")',
  })
  positie!: number;
}

export class InboxPaginaDto {
  @ApiProperty({ type: [InboxItemDto] }) items!: InboxItemDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limiet!: number;
  @ApiProperty() offset!: number;
}

export class LeesInbox {
  constructor(
    readonly filter: InboxDto,
    readonly gebruiker: Gebruiker,
    readonly positie?: number,
  ) {}
}

@QueryHandler(LeesInbox)
export class LeesInboxHandler implements IQueryHandler<LeesInbox> {
  constructor(
    private readonly leesmodel: Leesmodel,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  execute({ filter, gebruiker, positie }: LeesInbox): Promise<Gelezen<InboxPaginaDto>> {
    const dienst = gebruiker.rol === 'dienst' ? gebruiker.dienstId : filter.dienst;
    if (gebruiker.rol === 'dienst' && filter.dienst && filter.dienst !== gebruiker.dienstId) {
      throw new AuthFout('GEEN_TOEGANG', 'Je ziet alleen de inbox van je eigen dienst.');
    }
    if (!dienst) throw new InvoerFout('ONGELDIGE_INVOER', 'dienst: verplicht voor deze rol', 'dienst');
    const limiet = filter.limiet ?? 50;
    const offset = filter.offset ?? 0;
    return this.leesmodel.lijst(positie, async () => {
      const { items, total } = await this.leesmodel.views.inbox(dienst, {
        alle: filter.status === 'alle',
        q: filter.q,
        limiet,
        offset,
      });
      return { items: items.map((regel) => this.item(regel)), total, limiet, offset };
    });
  }

  private item({
    signaalId,
    raadId,
    titel,
    thema,
    doorsturing: d,
    status,
    afgehandeldOp,
    positie,
  }: InboxRegel) {
    const uiterlijk = antwoordUiterlijk(status, d.doorgestuurdOp, this.config.termijnen);
    return {
      id: d.id,
      signaalId,
      raadId,
      titel,
      thema,
      status,
      ...(d.toelichting && { toelichting: d.toelichting }),
      doorgestuurdOp: d.doorgestuurdOp,
      ...(d.opgepaktOp && { opgepaktOp: d.opgepaktOp }),
      ...(afgehandeldOp && { afgehandeldOp }),
      ...(uiterlijk && { uiterlijk }),
      positie,
    };
  }
}

@ApiTags('stadsdiensten')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Rollen('dienst', 'auditor', 'beheerder')
  @ApiOperation({ summary: 'De doorsturingen naar een dienst, oudste eerst; standaard alleen de open' })
  @GelezenRoute(InboxPaginaDto)
  inbox(
    @Query() filter: InboxDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @GevraagdePositie() positie: number | undefined,
  ): Promise<Gelezen<InboxPaginaDto>> {
    return this.queries.execute(new LeesInbox(filter, gebruiker, positie));
  }
}
