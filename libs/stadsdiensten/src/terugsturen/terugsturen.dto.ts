import { MAX_LENGTH } from '@signaalspoor/domain';
import { Tekst } from '@signaalspoor/http';

export class TerugsturenDto {
  @Tekst({ max: MAX_LENGTH.tekst, example: 'Gewestweg: bevoegdheid van het Agentschap Wegen en Verkeer.' })
  reden!: string;
}
