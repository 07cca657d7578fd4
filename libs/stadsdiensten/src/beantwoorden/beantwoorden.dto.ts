import { BESLUITEN, type Besluit, MAX_LENGTH } from '@signaalspoor/domain';
import { Datum, Keuze, Tekst } from '@signaalspoor/http';

export class BeantwoordenDto {
  @Keuze(BESLUITEN)
  besluit!: Besluit;

  @Tekst({ max: MAX_LENGTH.tekst, example: 'Een snelheidsremmer wordt geplaatst in maart.' })
  antwoord!: string;

  @Datum({ optional: true, description: 'wanneer de dienst verwacht te handelen' })
  verwachteDatum?: string;
}
