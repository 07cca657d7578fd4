import { ApiPropertyOptional } from '@nestjs/swagger';
import { BRONNEN, MAX_LENGTH, type Bron } from '@signaalspoor/domain';
import { Genest, Getal, Id, Keuze, Tekst } from '@signaalspoor/http';
import { IsEmail, IsOptional, MaxLength } from 'class-validator';

export class LocatieDto {
  @Tekst({ max: 300, optional: true, eenRegel: true, example: 'Kruispunt Stationsstraat - Kerkstraat' })
  omschrijving?: string;

  @Getal({ min: -90, max: 90, optional: true, example: 50.9307 })
  lat?: number;

  @Getal({ min: -180, max: 180, optional: true, example: 5.3378 })
  lon?: number;
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

export class IndienenDto {
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

  @Genest(() => IndienerDto, { optional: true })
  indiener?: IndienerDto;
}
