import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsOptional, ValidateBy } from 'class-validator';
import { SIGNAAL_STATUSSEN, type Kader } from '@signaalspoor/domain';
import { Id, Keuze, PagingDto, Tekst } from '@signaalspoor/http';
import { MAX_ZOEKTERMEN, SORTERINGEN, zoektermen } from '../../signalen/signaal-view.repository';

export const STATUSSEN = SIGNAAL_STATUSSEN;

const GETAL = String.raw`-?\d{1,3}(?:\.\d{1,12})?`;
const KADER = new RegExp(`^${GETAL},${GETAL},${GETAL},${GETAL}$`);

/** `zuid,west,noord,oost` in WGS84 degrees, south below north and west below east; else left as given. */
export function leesKader(value: unknown): Kader | unknown {
  if (typeof value !== 'string' || !KADER.test(value)) return value;
  const [zuid, west, noord, oost] = value.split(',').map(Number);
  const geldig = zuid <= noord && west <= oost && zuid >= -90 && noord <= 90 && west >= -180 && oost <= 180;
  return geldig ? { zuid, west, noord, oost } : value;
}

export const BAL_BIJ_FILTER = ['raad', 'wijkmanager', 'dienst', 'niemand'] as const;

/** `q`: a full-text search of at most 200 characters holding at least one word (letters or digits). */
export function Zoekvraag() {
  return applyDecorators(
    Tekst({
      max: 200,
      optional: true,
      description: `zoekt in titel, omschrijving, locatie, antwoorden en terugkoppeling (Nederlandse stamvormen, accenten genegeerd, elk woord ook als begin van een woord; hoogstens ${MAX_ZOEKTERMEN} woorden)`,
      example: 'oversteek',
    }),
    ValidateBy({
      name: 'zoekwoorden',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || zoektermen(value).length > 0,
        defaultMessage: () => 'moet minstens één woord (letters of cijfers) bevatten',
      },
    }),
  );
}

export class SignalenLijstDto extends PagingDto {
  @Zoekvraag()
  q?: string;

  @Id({ optional: true, description: 'alleen signalen van deze raad' })
  raad?: string;

  @Id({ optional: true, description: 'alleen signalen die naar deze dienst werden doorgestuurd' })
  dienst?: string;

  @Keuze(STATUSSEN, { optional: true })
  status?: string;

  @Id({ optional: true })
  thema?: string;

  @ApiPropertyOptional({ description: 'ingediend vanaf (ISO 8601)', example: '2026-01-01' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'moet een datum of tijdstip (ISO 8601) zijn' })
  van?: string;

  @ApiPropertyOptional({ description: 'ingediend vóór (ISO 8601, exclusief)', example: '2027-01-01' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'moet een datum of tijdstip (ISO 8601) zijn' })
  tot?: string;

  @ApiPropertyOptional({ description: 'true: alleen open signalen met een overschreden termijn' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'moet true of false zijn' })
  overschreden?: boolean;

  @ApiPropertyOptional({
    type: String,
    description: 'alleen signalen met coordinaten binnen dit kader: zuid,west,noord,oost (WGS84)',
    example: '50.90,5.30,50.96,5.40',
  })
  @IsOptional()
  @Transform(({ value }) => leesKader(value))
  @ValidateBy({
    name: 'kader',
    validator: {
      validate: (value: unknown) => typeof value === 'object' && value !== null,
      defaultMessage: () =>
        'moet zuid,west,noord,oost zijn (graden WGS84, zuid ≤ noord, west ≤ oost), bv. 50.90,5.30,50.96,5.40',
    },
  })
  binnen?: Kader;

  @Keuze(BAL_BIJ_FILTER, {
    optional: true,
    description: 'alleen signalen waarbij de bal bij deze partij ligt',
  })
  balBij?: string;

  @Keuze(SORTERINGEN, {
    optional: true,
    description:
      'volgorde: een veld oplopend, met `-` aflopend; `termijn`: de eerst verstrijkende termijn eerst (standaard `-ingediendOp`, nieuwste eerst)',
  })
  sorteer?: (typeof SORTERINGEN)[number];
}
