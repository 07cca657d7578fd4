import { CommandHandler } from '@nestjs/cqrs';
import type { Gebruiker } from '@signaalspoor/auth';
import type { Beantwoord } from '@signaalspoor/domain';
import type { RequestContext } from '@signaalspoor/http';
import { SignaalActie, SignaalActieHandler } from '@signaalspoor/signaal-store';
import type { BeantwoordenDto } from './beantwoorden.dto';

export class Beantwoorden extends SignaalActie<BeantwoordenDto> {
  constructor(
    signaalId: string,
    readonly doorsturingId: string,
    ...rest: [BeantwoordenDto, Gebruiker, RequestContext]
  ) {
    super(signaalId, ...rest);
  }
}

@CommandHandler(Beantwoorden)
export class BeantwoordenHandler extends SignaalActieHandler<Beantwoorden> {
  protected readonly handelaar = 'dienst';

  protected toCommand(actie: Beantwoorden, at: string): Beantwoord {
    return {
      type: 'Beantwoord',
      at,
      doorsturingId: actie.doorsturingId,
      dienstId: actie.gebruiker.dienstId ?? '',
      besluit: actie.body.besluit,
      antwoord: actie.body.antwoord,
      verwachteDatum: actie.body.verwachteDatum,
    };
  }
}
