import { ApiProperty } from '@nestjs/swagger';
import { MAX_LENGTH } from '@signaalspoor/domain';
import { Tekst } from '@signaalspoor/http';
import { IsUUID } from 'class-validator';

export class DuplicaatKoppelenDto {
  @ApiProperty({ format: 'uuid', description: 'het signaal waarvan dit een duplicaat is (het hoofdsignaal)' })
  @IsUUID('all', { message: 'moet een UUID zijn' })
  hoofdSignaalId!: string;

  @Tekst({ max: MAX_LENGTH.tekst, example: 'Zelfde kruispunt, al gemeld door Dorpsraad Kuringen.' })
  reden!: string;
}
