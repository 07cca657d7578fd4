import { CommandHandler } from '@nestjs/cqrs';
import type { Gebruiker } from '@signaalspoor/auth';
import type { StuurTerug } from '@signaalspoor/domain';
import type { RequestContext } from '@signaalspoor/http';
import { SignaalActie, SignaalActieHandler } from '@signaalspoor/signaal-store';
import type { TerugsturenDto } from './terugsturen.dto';

export class Terugsturen extends SignaalActie<TerugsturenDto> {
  constructor(
    signaalId: string,
    readonly doorsturingId: string,
    ...rest: [TerugsturenDto, Gebruiker, RequestContext]
  ) {
    super(signaalId, ...rest);
  }
}

@CommandHandler(Terugsturen)
export class TerugsturenHandler extends SignaalActieHandler<Terugsturen> {
  protected readonly handelaar = 'dienst';

  protected toCommand(actie: Terugsturen, at: string): StuurTerug {
    return {
      type: 'StuurTerug',
      at,
      doorsturingId: actie.doorsturingId,
      dienstId: actie.gebruiker.dienstId ?? '',
      reden: actie.body.reden,
    };
  }
}
