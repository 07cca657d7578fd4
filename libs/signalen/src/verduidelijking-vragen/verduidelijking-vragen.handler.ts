import { CommandHandler } from '@nestjs/cqrs';
import type { VraagVerduidelijking } from '@signaalspoor/domain';
import { SignaalActie, SignaalActieHandler } from '@signaalspoor/signaal-store';
import type { VerduidelijkingVragenDto } from './verduidelijking-vragen.dto';

export class VerduidelijkingVragen extends SignaalActie<VerduidelijkingVragenDto> {}

@CommandHandler(VerduidelijkingVragen)
export class VerduidelijkingVragenHandler extends SignaalActieHandler<VerduidelijkingVragen> {
  protected readonly handelaar = 'wijkmanager';

  protected toCommand({ body }: VerduidelijkingVragen, at: string): VraagVerduidelijking {
    return { type: 'VraagVerduidelijking', at, vraag: body.vraag };
  }
}
