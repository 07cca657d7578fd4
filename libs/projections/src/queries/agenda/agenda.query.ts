import { Controller, Get, Param, Query } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AuthFout, HuidigeGebruiker, Rollen, type Gebruiker } from '@signaalspoor/auth';
import { ReferenceData } from '@signaalspoor/reference-data';
import { magZien } from '@signaalspoor/signaal-store';
import { IsISO8601, IsOptional } from 'class-validator';
import { agendaVan } from '../../signalen/signalen.queries';
import { LeesFout } from '../lees.errors';
import { Leesmodel } from '../leesmodel';

const JAAR_MS = 365 * 86_400_000;

export class AgendaDto {
  @ApiPropertyOptional({ description: 'afgeronde signalen vanaf (ISO 8601); standaard een jaar geleden' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'moet een datum of tijdstip (ISO 8601) zijn' })
  sinds?: string;
}

export class GeefAgenda {
  constructor(
    readonly raadId: string,
    readonly sinds: string,
    readonly gebruiker: Gebruiker,
  ) {}
}

@QueryHandler(GeefAgenda)
export class GeefAgendaHandler implements IQueryHandler<GeefAgenda> {
  constructor(
    private readonly leesmodel: Leesmodel,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ raadId, sinds, gebruiker }: GeefAgenda) {
    const raad = this.reference.raad(raadId);
    if (!raad) throw new LeesFout('RAAD_ONBEKEND', 'Deze raad bestaat niet.');
    if (!magZien(gebruiker, { raadId, dienstIds: [] }, this.reference)) {
      throw new AuthFout('GEEN_TOEGANG', 'Deze raad valt niet onder jouw bevoegdheid.');
    }
    await this.leesmodel.bijgewerkt();
    return {
      raad: { id: raad.id, naam: raad.naam },
      ...(await agendaVan(this.leesmodel.pool, raadId, sinds)),
    };
  }
}

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('raden/:raadId/agenda')
export class AgendaController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Rollen('raad', 'wijkmanager', 'auditor', 'beheerder')
  @ApiOperation({
    summary:
      'Agenda voor het jaarlijks overleg van een raad: open signalen, overschreden termijnen, wat afgerond werd',
  })
  agenda(
    @Param('raadId') raadId: string,
    @Query() query: AgendaDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    const sinds = query.sinds ?? new Date(Date.now() - JAAR_MS).toISOString();
    return this.queries.execute(new GeefAgenda(raadId, sinds, gebruiker));
  }
}
