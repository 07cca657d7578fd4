import { CommandHandler } from '@nestjs/cqrs';
import type { KoppelTerug } from '@signaalspoor/domain';
import { SignaalActie, SignaalActieHandler } from '@signaalspoor/signaal-store';
import type { TerugkoppelenDto } from './terugkoppelen.dto';

export class Terugkoppelen extends SignaalActie<TerugkoppelenDto> {}

@CommandHandler(Terugkoppelen)
export class TerugkoppelenHandler extends SignaalActieHandler<Terugkoppelen> {
  protected readonly handelaar = 'wijkmanager';

  protected toCommand({ body }: Terugkoppelen, at: string): KoppelTerug {
    return { type: 'KoppelTerug', at, boodschap: body.boodschap, definitief: body.definitief };
  }
}
