import { CommandHandler } from '@nestjs/cqrs';
import type { Heropen } from '@signaalspoor/domain';
import { SignaalActie, SignaalActieHandler } from '@signaalspoor/signaal-store';
import type { HeropenenDto } from './heropenen.dto';

export class Heropenen extends SignaalActie<HeropenenDto> {}

@CommandHandler(Heropenen)
export class HeropenenHandler extends SignaalActieHandler<Heropenen> {
  protected readonly handelaar = 'raad';

  protected toCommand({ body }: Heropenen, at: string): Heropen {
    return { type: 'Heropen', at, reden: body.reden };
  }
}
