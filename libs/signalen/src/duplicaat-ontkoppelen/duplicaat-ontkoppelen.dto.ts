import { MAX_LENGTH } from '@signaalspoor/domain';
import { Tekst } from '@signaalspoor/http';

export class DuplicaatOntkoppelenDto {
  @Tekst({ max: MAX_LENGTH.tekst, example: 'Het gaat toch over een ander kruispunt.' })
  reden!: string;
}
