import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Heropen } from '@signaalspoor/domain';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  alleenVoor,
  antwoord,
  SignaalRepository,
  type CommandAntwoord,
  type CommandContext,
} from '@signaalspoor/signaal-store';
import type { HeropenenDto } from './heropenen.dto';

export class Heropenen {
  constructor(
    readonly signaalId: string,
    readonly body: HeropenenDto,
    readonly context: CommandContext,
  ) {}
}

/** The raad does not accept the final feedback: back to the wijkmanager. */
@CommandHandler(Heropenen)
export class HeropenenHandler implements ICommandHandler<Heropenen, CommandAntwoord> {
  constructor(
    private readonly signalen: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, body, context }: Heropenen): Promise<CommandAntwoord> {
    const command: Heropen = { type: 'Heropen', at: new Date().toISOString(), reden: body.reden };
    const result = await this.signalen.execute(
      signaalId,
      command,
      context,
      alleenVoor('raad', context.actor, this.reference),
    );
    return antwoord(signaalId, result);
  }
}
