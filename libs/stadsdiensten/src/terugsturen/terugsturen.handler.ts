import { CommandHandler } from '@nestjs/cqrs';
import type { StuurTerug } from '@signaalspoor/domain';
import { DoorsturingActie, SignaalActieHandler } from '@signaalspoor/signaal-store';
import type { TerugsturenDto } from './terugsturen.dto';

export class Terugsturen extends DoorsturingActie<TerugsturenDto> {}

@CommandHandler(Terugsturen)
export class TerugsturenHandler extends SignaalActieHandler<Terugsturen> {
  protected readonly handelaar = 'dienst';

  protected toCommand(actie: Terugsturen, at: string): StuurTerug {
    return {
      type: 'StuurTerug',
      at,
      doorsturingId: actie.doorsturingId,
      dienstId: actie.dienstId,
      reden: actie.body.reden,
    };
  }
}
