import { MAX_LENGTH } from '@signaalspoor/domain';
import { JaNee, Tekst } from '@signaalspoor/http';

export class TerugkoppelenDto {
  @Tekst({
    max: MAX_LENGTH.tekst,
    example: 'De dienst Mobiliteit plant een snelheidsremmer in het voorjaar.',
  })
  boodschap!: string;

  @JaNee({ description: 'true voor de definitieve terugkoppeling' })
  definitief!: boolean;
}
