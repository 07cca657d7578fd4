import { CommandHandler } from '@nestjs/cqrs';
import type { TrekIn } from '@signaalspoor/domain';
import { SignaalActie, SignaalActieHandler } from '@signaalspoor/signaal-store';
import type { IntrekkenDto } from './intrekken.dto';

export class Intrekken extends SignaalActie<IntrekkenDto> {}

@CommandHandler(Intrekken)
export class IntrekkenHandler extends SignaalActieHandler<Intrekken> {
  protected readonly handelaar = 'raad';

  protected toCommand({ body }: Intrekken, at: string): TrekIn {
    return { type: 'TrekIn', at, reden: body.reden };
  }
}
