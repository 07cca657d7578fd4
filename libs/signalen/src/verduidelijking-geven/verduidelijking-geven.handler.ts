import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { GeefVerduidelijking } from '@signaalspoor/domain';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  alleenVoor,
  antwoord,
  SignaalRepository,
  type CommandAntwoord,
  type CommandContext,
} from '@signaalspoor/signaal-store';
import type { VerduidelijkingGevenDto } from './verduidelijking-geven.dto';

export class VerduidelijkingGeven {
  constructor(
    readonly signaalId: string,
    readonly body: VerduidelijkingGevenDto,
    readonly context: CommandContext,
  ) {}
}

/** The raad answers the wijkmanager's question. */
@CommandHandler(VerduidelijkingGeven)
export class VerduidelijkingGevenHandler implements ICommandHandler<VerduidelijkingGeven, CommandAntwoord> {
  constructor(
    private readonly signalen: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, body, context }: VerduidelijkingGeven): Promise<CommandAntwoord> {
    const command: GeefVerduidelijking = {
      type: 'GeefVerduidelijking',
      at: new Date().toISOString(),
      antwoord: body.antwoord,
    };
    const result = await this.signalen.execute(
      signaalId,
      command,
      context,
      alleenVoor('raad', context.actor, this.reference),
    );
    return antwoord(signaalId, result);
  }
}
