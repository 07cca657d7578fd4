import { MAX_LENGTH } from '@signaalspoor/domain';
import { Tekst } from '@signaalspoor/http';

export class VerduidelijkingGevenDto {
  @Tekst({ max: MAX_LENGTH.tekst, example: 'Het gaat om de Kerkstraat ter hoogte van nummer 12.' })
  antwoord!: string;
}
