import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** What every command answers (its ETag header carries the signaal's new revision). */
export class CommandAntwoordDto {
  @ApiProperty({ format: 'uuid', description: 'het signaal, of bij doorsturen de nieuwe doorsturing' })
  id!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'het signaal, waar `id` een doorsturing is' })
  signaalId?: string;
  @ApiProperty({ description: 'de status van het signaal na het commando' })
  status!: string;
  @ApiProperty({ description: 'positie in het logboek van wat het commando schreef: stuur ze als X-Positie' })
  positie!: number;
}
