import { CommandHandler } from '@nestjs/cqrs';
import type { Beantwoord } from '@signaalspoor/domain';
import { DoorsturingActie, SignaalActieHandler } from '@signaalspoor/signaal-store';
import type { BeantwoordenDto } from './beantwoorden.dto';

export class Beantwoorden extends DoorsturingActie<BeantwoordenDto> {}

@CommandHandler(Beantwoorden)
export class BeantwoordenHandler extends SignaalActieHandler<Beantwoorden> {
  protected readonly handelaar = 'dienst';

  protected toCommand(actie: Beantwoorden, at: string): Beantwoord {
    return {
      type: 'Beantwoord',
      at,
      doorsturingId: actie.doorsturingId,
      dienstId: actie.dienstId,
      besluit: actie.body.besluit,
      antwoord: actie.body.antwoord,
      verwachteDatum: actie.body.verwachteDatum,
    };
  }
}
