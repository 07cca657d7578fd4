import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsOptional } from 'class-validator';
import { Id, Keuze, PagingDto } from '@signaalspoor/http';

export const STATUSSEN = [
  'ingediend',
  'verduidelijking-gevraagd',
  'in-behandeling',
  'beantwoord',
  'heropend',
  'teruggekoppeld',
  'duplicaat',
  'afgesloten',
  'ingetrokken',
] as const;

export class SignalenLijstDto extends PagingDto {
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
}
