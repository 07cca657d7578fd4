import { MAX_LENGTH } from '@signaalspoor/domain';
import { Tekst } from '@signaalspoor/http';

export class HeropenenDto {
  @Tekst({ max: MAX_LENGTH.tekst, example: 'Er is nog altijd geen oplossing voor de avondspits.' })
  reden!: string;
}
