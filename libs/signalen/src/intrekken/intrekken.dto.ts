import { MAX_LENGTH } from '@signaalspoor/domain';
import { Tekst } from '@signaalspoor/http';

export class IntrekkenDto {
  @Tekst({ max: MAX_LENGTH.tekst, optional: true })
  reden?: string;
}
