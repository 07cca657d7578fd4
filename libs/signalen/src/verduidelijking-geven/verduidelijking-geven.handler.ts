import { CommandHandler } from '@nestjs/cqrs';
import type { GeefVerduidelijking } from '@signaalspoor/domain';
import { SignaalActie, SignaalActieHandler } from '@signaalspoor/signaal-store';
import type { VerduidelijkingGevenDto } from './verduidelijking-geven.dto';

export class VerduidelijkingGeven extends SignaalActie<VerduidelijkingGevenDto> {}

@CommandHandler(VerduidelijkingGeven)
export class VerduidelijkingGevenHandler extends SignaalActieHandler<VerduidelijkingGeven> {
  protected readonly handelaar = 'raad';

  protected toCommand({ body }: VerduidelijkingGeven, at: string): GeefVerduidelijking {
    return { type: 'GeefVerduidelijking', at, antwoord: body.antwoord };
  }
}
