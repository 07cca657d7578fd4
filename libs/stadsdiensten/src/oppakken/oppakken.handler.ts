import { CommandHandler } from '@nestjs/cqrs';
import type { PakOp } from '@signaalspoor/domain';
import { DoorsturingActie, SignaalActieHandler } from '@signaalspoor/signaal-store';

export class Oppakken extends DoorsturingActie<undefined> {}

@CommandHandler(Oppakken)
export class OppakkenHandler extends SignaalActieHandler<Oppakken> {
  protected readonly handelaar = 'dienst';

  protected toCommand(actie: Oppakken, at: string): PakOp {
    return {
      type: 'PakOp',
      at,
      doorsturingId: actie.doorsturingId,
      dienstId: actie.dienstId,
    };
  }
}
