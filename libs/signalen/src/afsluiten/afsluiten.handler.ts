import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SluitAf } from '@signaalspoor/domain';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  alleenVoor,
  antwoord,
  SignaalRepository,
  type CommandAntwoord,
  type CommandContext,
} from '@signaalspoor/signaal-store';

export class Afsluiten {
  constructor(
    readonly signaalId: string,
    readonly context: CommandContext,
  ) {}
}

/** The raad accepts the final feedback and closes the signaal. */
@CommandHandler(Afsluiten)
export class AfsluitenHandler implements ICommandHandler<Afsluiten, CommandAntwoord> {
  constructor(
    private readonly signalen: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, context }: Afsluiten): Promise<CommandAntwoord> {
    const command: SluitAf = { type: 'SluitAf', at: new Date().toISOString() };
    const result = await this.signalen.execute(
      signaalId,
      command,
      context,
      alleenVoor('raad', context.actor, this.reference),
    );
    return antwoord(signaalId, result);
  }
}
