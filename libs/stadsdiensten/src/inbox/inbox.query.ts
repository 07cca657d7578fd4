import { Controller, Get, Query } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthFout, HuidigeGebruiker, Rollen, type Gebruiker } from '@signaalspoor/auth';
import { Id, InvoerFout, Keuze, PagingDto } from '@signaalspoor/http';
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

export class LeesInbox {
  constructor(
    readonly filter: InboxDto,
    readonly gebruiker: Gebruiker,
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
  constructor(private readonly inbox: InboxFeed) {}

  async execute({ filter, gebruiker }: LeesInbox) {
    const dienst = gebruiker.rol === 'dienst' ? gebruiker.dienstId : filter.dienst;
    if (gebruiker.rol === 'dienst' && filter.dienst && filter.dienst !== gebruiker.dienstId) {
      throw new AuthFout('GEEN_TOEGANG', 'Je ziet alleen de inbox van je eigen dienst.');
    }
    if (!dienst) throw new InvoerFout('ONGELDIGE_INVOER', 'dienst: verplicht voor deze rol', 'dienst');
    await this.inbox.feed.bijgewerkt();
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
    return {
      items: rows.map((r) => ({
        doorsturingId: r.doorsturing_id,
        signaalId: r.signaal_id,
        raadId: r.raad_id,
        titel: r.titel,
        thema: r.thema,
        status: r.status,
        ...(r.toelichting && { toelichting: r.toelichting }),
        doorgestuurdOp: r.doorgestuurd_op.toISOString(),
        ...(r.opgepakt_op && { opgepaktOp: r.opgepakt_op.toISOString() }),
        ...(r.afgehandeld_op && { afgehandeldOp: r.afgehandeld_op.toISOString() }),
      })),
      total: rows.length ? Number(rows[0].total) : 0,
      limit,
      offset,
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
  inbox(@Query() filter: InboxDto, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.queries.execute(new LeesInbox(filter, gebruiker));
  }
}
