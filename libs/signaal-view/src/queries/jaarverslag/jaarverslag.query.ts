import { Controller, Get, Header, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, type Gebruiker } from '@signaalspoor/auth';
import { jaarverslagPdf, type Jaarverslag, type VerslagSignaal } from '@signaalspoor/exports';
import { ReferenceData } from '@signaalspoor/reference-data';
import type { Response } from 'express';
import type { SignaalView } from '../../signalen/signaal-view';
import { AgendaAntwoordDto, AgendaDto, GeefAgenda, RaadRefDto, sindsVan } from '../agenda/agenda.query';
import { antwoord, GelezenRoute, GevraagdePositie, LeesRoute, type Gelezen } from '../lezen';
import { TerugkoppelingDto, type SignaalKernDto } from '../signaal/signaal.response';
import { Leesmodel } from '../leesmodel';

// The report's shape (libs/exports) as the API documents it.

class VerslagAntwoordDto {
  @ApiProperty({ description: 'de naam van de dienst' }) dienst!: string;
  @ApiProperty() besluit!: string;
  @ApiProperty() antwoord!: string;
  @ApiProperty({ format: 'date-time' }) op!: string;
  @ApiPropertyOptional({ format: 'date' }) verwachteDatum?: string;
}

class VerslagSignaalDto implements VerslagSignaal {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() titel!: string;
  @ApiProperty({ description: 'de naam van het thema' }) thema!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ format: 'date-time' }) ingediendOp!: string;
  @ApiProperty({
    type: [String],
    description: 'de namen van de diensten die het behandelen of behandelden (niet wie het terugstuurde)',
  })
  diensten!: string[];
  @ApiProperty({ type: [String] }) overschredenTermijnen!: string[];
  @ApiProperty({ type: [VerslagAntwoordDto] }) antwoorden!: VerslagAntwoordDto[];
  @ApiProperty({ type: [TerugkoppelingDto] }) terugkoppelingen!: TerugkoppelingDto[];
  @ApiPropertyOptional({ description: 'bij een duplicaat: de titel van het hoofdsignaal' })
  duplicaatVan?: string;
}

class JaarverslagDto implements Jaarverslag {
  @ApiProperty({ type: RaadRefDto }) raad!: RaadRefDto;
  @ApiProperty({ format: 'date-time', description: 'afgerond telt vanaf dit moment' }) sinds!: string;
  @ApiProperty({ format: 'date-time' }) opgemaaktOp!: string;
  @ApiProperty({ type: [VerslagSignaalDto] }) open!: VerslagSignaalDto[];
  @ApiProperty({ type: [VerslagSignaalDto], description: 'de open signalen met een verstreken termijn' })
  overschreden!: VerslagSignaalDto[];
  @ApiProperty({ type: [VerslagSignaalDto] }) afgerond!: VerslagSignaalDto[];
}

export class GeefJaarverslag {
  constructor(
    readonly raadId: string,
    readonly sinds: string,
    readonly gebruiker: Gebruiker,
    readonly positie?: number,
  ) {}
}

/**
 * The agenda of a raad's yearly meeting (the same selection and access rules as GET .../agenda)
 * with the answers and feedback of every signaal: the data of the PDF and of the printable page.
 */
@QueryHandler(GeefJaarverslag)
export class GeefJaarverslagHandler implements IQueryHandler<GeefJaarverslag> {
  constructor(
    private readonly queries: QueryBus,
    private readonly leesmodel: Leesmodel,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ raadId, sinds, gebruiker, positie }: GeefJaarverslag): Promise<Gelezen<Jaarverslag>> {
    const { body: agenda, positie: bijgewerkt }: Gelezen<AgendaAntwoordDto> = await this.queries.execute(
      new GeefAgenda(raadId, sinds, gebruiker, positie),
    );
    const alle = [...agenda.open, ...agenda.afgerond];
    const views = await this.leesmodel.views.views(alle.map((s) => s.id));
    // the main signalen of duplicates, for their titles, may belong to another raad
    const hoofden = [...views.values()]
      .map((view) => view.duplicaatVan?.signaalId)
      .filter((id): id is string => id !== undefined && !views.has(id));
    for (const [id, view] of await this.leesmodel.views.views(hoofden)) views.set(id, view);
    const verslagen = new Map(alle.map((s) => [s.id, this.verslag(s, views.get(s.id), views)]));
    const van = (lijst: SignaalKernDto[]) => lijst.map((s) => verslagen.get(s.id)!);
    const body = {
      raad: agenda.raad,
      sinds: agenda.sinds,
      opgemaaktOp: new Date().toISOString(),
      open: van(agenda.open),
      overschreden: van(agenda.overschreden),
      afgerond: van(agenda.afgerond),
    };
    return { body, positie: bijgewerkt };
  }

  private verslag(
    s: SignaalKernDto,
    state: SignaalView | undefined,
    staten: Map<string, SignaalView>,
  ): VerslagSignaal {
    const dienst = (id: string) => this.reference.dienst(id)?.naam ?? id;
    return {
      id: s.id,
      titel: s.titel,
      thema: this.reference.thema(s.thema)?.naam ?? s.thema,
      status: s.status,
      ingediendOp: s.ingediendOp,
      // from the fold's doorsturingen: a dienst that sent it back did not handle it
      diensten: [
        ...new Set(
          (state?.doorsturingen ?? []).filter((d) => d.status !== 'teruggestuurd').map((d) => d.dienstId),
        ),
      ].map(dienst),
      overschredenTermijnen: s.overschredenTermijnen,
      antwoorden: (state?.doorsturingen ?? [])
        .filter((d) => d.status === 'beantwoord')
        .map((d) => ({
          dienst: dienst(d.dienstId),
          besluit: d.besluit ?? '',
          antwoord: d.antwoord ?? '',
          op: d.beantwoordOp ?? '',
          ...(d.verwachteDatum && { verwachteDatum: d.verwachteDatum }),
        })),
      terugkoppelingen: state?.terugkoppelingen ?? [],
      ...(state?.duplicaatVan && {
        duplicaatVan: staten.get(state.duplicaatVan.signaalId)?.titel ?? 'een ander signaal',
      }),
    };
  }
}

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('raden/:raadId')
export class JaarverslagController {
  constructor(private readonly queries: QueryBus) {}

  @Get('verslag')
  @Rollen('raad', 'wijkmanager', 'auditor', 'beheerder')
  @ApiOperation({
    summary:
      'Verslag voor het jaarlijks overleg (open, overschreden, afgerond, met de antwoorden): de afdrukpagina',
  })
  @GelezenRoute(JaarverslagDto)
  verslag(
    @Param('raadId') raadId: string,
    @Query() query: AgendaDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @GevraagdePositie() positie: number | undefined,
  ): Promise<Gelezen<JaarverslagDto>> {
    return this.queries.execute(new GeefJaarverslag(raadId, sindsVan(query), gebruiker, positie));
  }

  @Get('agenda.pdf')
  @Rollen('raad', 'wijkmanager', 'auditor', 'beheerder')
  @Header('Content-Type', 'application/pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Het verslag voor het jaarlijks overleg als PDF' })
  @LeesRoute()
  async pdf(
    @Param('raadId') raadId: string,
    @Query() query: AgendaDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @GevraagdePositie() positie: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const verslag: Jaarverslag = await antwoord(
      res,
      this.queries.execute(new GeefJaarverslag(raadId, sindsVan(query), gebruiker, positie)),
    );
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="jaarlijks-overleg-${verslag.raad.id}-${verslag.opgemaaktOp.slice(0, 10)}.pdf"`,
    );
    return new StreamableFile(await jaarverslagPdf(verslag));
  }
}
