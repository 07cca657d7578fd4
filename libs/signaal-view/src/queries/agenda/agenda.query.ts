import { Controller, Get, Param, Query } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AuthFout, HuidigeGebruiker, Rollen, type Gebruiker } from '@signaalspoor/auth';
import { ReferenceData } from '@signaalspoor/reference-data';
import { magZien } from '@signaalspoor/signaal-store';
import { IsISO8601, IsOptional } from 'class-validator';
import { LeesFout } from '../lees.errors';
import { Leesmodel } from '../leesmodel';
import { GelezenRoute, GevraagdePositie, type Gelezen } from '../lezen';
import { signaalKern, SignaalKernDto } from '../signaal/signaal.response';

const JAAR_MS = 365 * 86_400_000;

export class AgendaDto {
  @ApiPropertyOptional({ description: 'afgeronde signalen vanaf (ISO 8601); standaard een jaar geleden' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'moet een datum of tijdstip (ISO 8601) zijn' })
  sinds?: string;
}

/** The agenda's `sinds`: as asked, or a year ago. */
export const sindsVan = (query: AgendaDto) => query.sinds ?? new Date(Date.now() - JAAR_MS).toISOString();

export class RaadRefDto {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
}

export class AgendaAntwoordDto {
  @ApiProperty({ type: RaadRefDto }) raad!: RaadRefDto;
  @ApiProperty({ format: 'date-time', description: 'afgeronde signalen vanaf dit tijdstip' }) sinds!: string;
  @ApiProperty({ type: [SignaalKernDto] }) open!: SignaalKernDto[];
  @ApiProperty({ type: [SignaalKernDto], description: 'de open signalen met een overschreden termijn' })
  overschreden!: SignaalKernDto[];
  @ApiProperty({ type: [SignaalKernDto], description: 'afgesloten of ingetrokken sinds `sinds`' })
  afgerond!: SignaalKernDto[];
}

export class GeefAgenda {
  constructor(
    readonly raadId: string,
    readonly sinds: string,
    readonly gebruiker: Gebruiker,
    readonly positie?: number,
  ) {}
}

@QueryHandler(GeefAgenda)
export class GeefAgendaHandler implements IQueryHandler<GeefAgenda> {
  constructor(
    private readonly leesmodel: Leesmodel,
    private readonly reference: ReferenceData,
  ) {}

  execute({ raadId, sinds, gebruiker, positie }: GeefAgenda): Promise<Gelezen<AgendaAntwoordDto>> {
    const raad = this.reference.raad(raadId);
    if (!raad) throw new LeesFout('RAAD_ONBEKEND', 'Deze raad bestaat niet.');
    if (!magZien(gebruiker, { raadId, dienstIds: [] }, this.reference)) {
      throw new AuthFout('GEEN_TOEGANG', 'Deze raad valt niet onder jouw bevoegdheid.');
    }
    return this.leesmodel.lijst(positie, async () => {
      const items = (await this.leesmodel.views.agenda(raadId, sinds)).map(signaalKern);
      const open = items.filter((s) => s.status !== 'afgesloten' && s.status !== 'ingetrokken');
      return {
        raad: { id: raad.id, naam: raad.naam },
        sinds,
        open,
        overschreden: open.filter((s) => s.overschredenTermijnen.length > 0),
        afgerond: items.filter((s) => !open.includes(s)),
      };
    });
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
  @GelezenRoute(AgendaAntwoordDto)
  agenda(
    @Param('raadId') raadId: string,
    @Query() query: AgendaDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @GevraagdePositie() positie: number | undefined,
  ): Promise<Gelezen<AgendaAntwoordDto>> {
    return this.queries.execute(new GeefAgenda(raadId, sindsVan(query), gebruiker, positie));
  }
}
