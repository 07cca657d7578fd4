import { Body, Controller } from '@nestjs/common';
import { ApiCreatedResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { BRONNEN, MAX_LENGTH, type Bron } from '@signaalspoor/domain';
import {
  CommandRoute,
  CommandVerzoek,
  Genest,
  Getal,
  Id,
  InvoerFout,
  JaNee,
  Keuze,
  Tekst,
} from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  commandIds,
  CommandFout,
  SignaalCommandHandler,
  type CommandContext,
  type CommandRequest,
} from '@signaalspoor/signaal-store';
import { IsEmail, IsOptional, MaxLength } from 'class-validator';

export class LocatieDto {
  @Tekst({ max: 300, optional: true, eenRegel: true, example: 'Kruispunt Stationsstraat - Kerkstraat' })
  omschrijving?: string;

  @Getal({ min: -90, max: 90, optional: true, example: 50.9307 })
  lat?: number;

  @Getal({ min: -180, max: 180, optional: true, example: 5.3378 })
  lon?: number;
}

/** A point on the map, WGS84; the decider refuses one outside Belgium (400 naming `coordinaten`). */
export class CoordinatenInDto {
  @Getal({ min: -90, max: 90, example: 50.9307 })
  lat!: number;

  @Getal({ min: -180, max: 180, example: 5.3378 })
  lon!: number;
}

/** Personal data of whoever submits for the raad: kept apart in the event, encrypted per person later. */
export class IndienerDto {
  @Tekst({ max: 200, optional: true, eenRegel: true })
  naam?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'moet een e-mailadres zijn' })
  @MaxLength(320, { message: 'mag hoogstens 320 tekens lang zijn' })
  email?: string;
}

export class DienSignaalInDto {
  @Tekst({ max: MAX_LENGTH.titel, eenRegel: true, example: 'Onveilig kruispunt aan de school' })
  titel!: string;

  @Tekst({
    max: MAX_LENGTH.tekst,
    example: 'Ouders melden bijna-ongevallen bij het ophalen van de kinderen.',
  })
  omschrijving!: string;

  @Id({ description: 'id uit GET /api/themas', example: 'verkeersveiligheid' })
  thema!: string;

  @Keuze(BRONNEN, { optional: true, description: 'standaard: andere' })
  bron?: Bron;

  @Genest(() => LocatieDto, { optional: true })
  locatie?: LocatieDto;

  @Genest(() => CoordinatenInDto, { optional: true })
  coordinaten?: CoordinatenInDto;

  @Genest(() => IndienerDto, { optional: true })
  indiener?: IndienerDto;

  @JaNee({ optional: true, description: 'bewoners mogen het zien op de publieke pagina (standaard: nee)' })
  openbaar?: boolean;
}

/** A raad submits a signaal: a new stream, answered with the signaal's id. */
export function dienSignaalIn(
  body: DienSignaalInDto,
  context: CommandContext,
  reference: ReferenceData,
): CommandRequest {
  const raadId = context.actor.raadId;
  if (!raadId || !reference.raad(raadId)) {
    throw new CommandFout('GEEN_TOEGANG', 'Je token hoort niet bij een erkende raad.');
  }
  if (!reference.thema(body.thema)) throw new InvoerFout('ONBEKEND_THEMA', 'onbekend thema', 'thema');
  const signaalId = commandIds(context).of('signaal');
  return {
    signaalId,
    command: {
      type: 'DienSignaalIn',
      signaalId,
      raadId,
      titel: body.titel,
      omschrijving: body.omschrijving,
      thema: body.thema,
      bron: body.bron ?? 'andere',
      locatie: body.locatie && { ...body.locatie },
      coordinaten: body.coordinaten && { lat: body.coordinaten.lat, lon: body.coordinaten.lon },
      persoon: body.indiener && { ...body.indiener },
      openbaar: body.openbaar,
    },
    velden: { persoon: 'indiener' },
  };
}

@ApiTags('signalen')
@Controller('signalen')
export class DienSignaalInController {
  constructor(
    private readonly commands: SignaalCommandHandler,
    private readonly reference: ReferenceData,
  ) {}

  @CommandRoute('raad', 201, 'Een raad dient een signaal in')
  @ApiCreatedResponse({ description: 'het id van het nieuwe signaal' })
  dienSignaalIn(@Body() body: DienSignaalInDto, @CommandVerzoek() verzoek: CommandVerzoek) {
    return this.commands.handle(dienSignaalIn(body, verzoek, this.reference), verzoek);
  }
}
