import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { AuthFout, HuidigeGebruiker, Rollen, type Gebruiker } from '@signaalspoor/auth';
import { CONFIG, type Config } from '@signaalspoor/config';
import { Id, InvoerFout, Keuze, PagingDto } from '@signaalspoor/http';
import {
  antwoord,
  GevraagdePositie,
  leesmodelAchter,
  LeesRoute,
  POSITIE_RESPONSE_HEADER,
  stand,
  type Gelezen,
} from '@signaalspoor/signaal-view';
import type { Response } from 'express';
import { antwoordUiterlijk } from './inbox-termijn';
import { InboxFeed } from './inbox.feed';

export class InboxDto extends PagingDto {
  @Id({
    optional: true,
    description: 'voor auditor en beheerder: de dienst; een dienst ziet altijd de eigen inbox',
  })
  dienst?: string;

  @Keuze(['open', 'alle'], { optional: true, description: 'open (standaard): doorgestuurd of opgepakt' })
  status?: 'open' | 'alle';
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

interface InboxRow {
  doorsturing_id: string;
  signaal_id: string;
  raad_id: string;
  titel: string;
  thema: string;
  status: string;
  toelichting: string | null;
  doorgestuurd_op: Date;
  opgepakt_op: Date | null;
  afgehandeld_op: Date | null;
  total: string;
}

@QueryHandler(LeesInbox)
export class LeesInboxHandler implements IQueryHandler<LeesInbox> {
  constructor(
    private readonly inbox: InboxFeed,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async execute({ filter, gebruiker, positie }: LeesInbox): Promise<Gelezen<InboxPaginaDto>> {
    const dienst = gebruiker.rol === 'dienst' ? gebruiker.dienstId : filter.dienst;
    if (gebruiker.rol === 'dienst' && filter.dienst && filter.dienst !== gebruiker.dienstId) {
      throw new AuthFout('GEEN_TOEGANG', 'Je ziet alleen de inbox van je eigen dienst.');
    }
    if (!dienst) throw new InvoerFout('ONGELDIGE_INVOER', 'dienst: verplicht voor deze rol', 'dienst');
    const nu = await stand(this.inbox.feed, positie);
    if (!nu.bijgewerkt) throw leesmodelAchter();
    const limit = filter.limiet ?? 50;
    const offset = filter.offset ?? 0;
    const { rows } = await this.inbox.pool.query<InboxRow>(
      `SELECT i.doorsturing_id, i.signaal_id, s.raad_id, s.titel, s.thema, i.status, i.toelichting,
              i.doorgestuurd_op, i.opgepakt_op, i.afgehandeld_op, count(*) OVER () AS total
         FROM stadsdiensten.inbox i JOIN stadsdiensten.signalen s USING (signaal_id)
        WHERE i.dienst_id = $1 AND ($2 OR i.status IN ('doorgestuurd', 'opgepakt'))
        ORDER BY i.doorgestuurd_op, i.doorsturing_id
        LIMIT $3 OFFSET $4`,
      [dienst, filter.status === 'alle', limit, offset],
    );
    const body = {
      items: rows.map((r) => {
        const uiterlijk = antwoordUiterlijk(r.status, r.doorgestuurd_op.toISOString(), this.config.termijnen);
        return {
          id: r.doorsturing_id,
          signaalId: r.signaal_id,
          raadId: r.raad_id,
          titel: r.titel,
          thema: r.thema,
          status: r.status,
          ...(r.toelichting && { toelichting: r.toelichting }),
          doorgestuurdOp: r.doorgestuurd_op.toISOString(),
          ...(r.opgepakt_op && { opgepaktOp: r.opgepakt_op.toISOString() }),
          ...(r.afgehandeld_op && { afgehandeldOp: r.afgehandeld_op.toISOString() }),
          ...(uiterlijk && { uiterlijk }),
        };
      }),
      total: rows.length ? Number(rows[0].total) : 0,
      limiet: limit,
      offset,
    };
    return { body, positie: nu.positie };
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
  @LeesRoute()
  @ApiOkResponse({ type: InboxPaginaDto, headers: POSITIE_RESPONSE_HEADER })
  inbox(
    @Query() filter: InboxDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @GevraagdePositie() positie: number | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<InboxPaginaDto> {
    return antwoord(response, this.queries.execute(new LeesInbox(filter, gebruiker, positie)));
  }
}
