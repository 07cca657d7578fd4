import { CommandHandler } from '@nestjs/cqrs';
import type { SluitAf } from '@signaalspoor/domain';
import { SignaalActie, SignaalActieHandler } from '@signaalspoor/signaal-store';

export class Afsluiten extends SignaalActie<undefined> {}

@CommandHandler(Afsluiten)
export class AfsluitenHandler extends SignaalActieHandler<Afsluiten> {
  protected readonly handelaar = 'raad';

  protected toCommand(_actie: Afsluiten, at: string): SluitAf {
    return { type: 'SluitAf', at };
  }
}
