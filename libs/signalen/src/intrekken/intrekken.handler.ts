import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { TrekIn } from '@signaalspoor/domain';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  alleenVoor,
  antwoord,
  SignaalRepository,
  type CommandAntwoord,
  type CommandContext,
} from '@signaalspoor/signaal-store';
import type { IntrekkenDto } from './intrekken.dto';

export class Intrekken {
  constructor(
    readonly signaalId: string,
    readonly body: IntrekkenDto,
    readonly context: CommandContext,
  ) {}
}

/** The raad withdraws its signaal. */
@CommandHandler(Intrekken)
export class IntrekkenHandler implements ICommandHandler<Intrekken, CommandAntwoord> {
  constructor(
    private readonly signalen: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, body, context }: Intrekken): Promise<CommandAntwoord> {
    const command: TrekIn = { type: 'TrekIn', at: new Date().toISOString(), reden: body.reden };
    const result = await this.signalen.execute(
      signaalId,
      command,
      context,
      alleenVoor('raad', context.actor, this.reference),
    );
    return antwoord(signaalId, result);
  }
}
