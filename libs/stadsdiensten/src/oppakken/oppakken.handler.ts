import { CommandHandler } from '@nestjs/cqrs';
import type { Gebruiker } from '@signaalspoor/auth';
import type { PakOp } from '@signaalspoor/domain';
import type { RequestContext } from '@signaalspoor/http';
import { SignaalActie, SignaalActieHandler } from '@signaalspoor/signaal-store';

export class Oppakken extends SignaalActie<undefined> {
  constructor(
    signaalId: string,
    readonly doorsturingId: string,
    ...rest: [undefined, Gebruiker, RequestContext]
  ) {
    super(signaalId, ...rest);
  }
}

@CommandHandler(Oppakken)
export class OppakkenHandler extends SignaalActieHandler<Oppakken> {
  protected readonly handelaar = 'dienst';

  protected toCommand(actie: Oppakken, at: string): PakOp {
    return {
      type: 'PakOp',
      at,
      doorsturingId: actie.doorsturingId,
      dienstId: actie.gebruiker.dienstId ?? '',
    };
  }
}
