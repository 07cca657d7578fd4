import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { VraagVerduidelijking } from '@signaalspoor/domain';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  alleenVoor,
  antwoord,
  SignaalRepository,
  type CommandAntwoord,
  type CommandContext,
} from '@signaalspoor/signaal-store';
import type { VerduidelijkingVragenDto } from './verduidelijking-vragen.dto';

export class VerduidelijkingVragen {
  constructor(
    readonly signaalId: string,
    readonly body: VerduidelijkingVragenDto,
    readonly context: CommandContext,
  ) {}
}

/** The wijkmanager asks the raad for clarification. */
@CommandHandler(VerduidelijkingVragen)
export class VerduidelijkingVragenHandler implements ICommandHandler<VerduidelijkingVragen, CommandAntwoord> {
  constructor(
    private readonly signalen: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, body, context }: VerduidelijkingVragen): Promise<CommandAntwoord> {
    const command: VraagVerduidelijking = {
      type: 'VraagVerduidelijking',
      at: new Date().toISOString(),
      vraag: body.vraag,
    };
    const result = await this.signalen.execute(
      signaalId,
      command,
      context,
      alleenVoor('wijkmanager', context.actor, this.reference),
    );
    return antwoord(signaalId, result);
  }
}
