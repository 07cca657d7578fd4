import { MAX_LENGTH } from '@signaalspoor/domain';
import { Tekst } from '@signaalspoor/http';

export class VerduidelijkingVragenDto {
  @Tekst({ max: MAX_LENGTH.tekst, example: 'Over welke straat gaat het precies?' })
  vraag!: string;
}
