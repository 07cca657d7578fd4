import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { PakOp } from '@signaalspoor/domain';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  alleenVoor,
  antwoord,
  SignaalRepository,
  type CommandAntwoord,
  type CommandContext,
} from '@signaalspoor/signaal-store';

export class Oppakken {
  constructor(
    readonly signaalId: string,
    readonly doorsturingId: string,
    readonly context: CommandContext,
  ) {}
}

/** The dienst picks up a doorsturing addressed to it. */
@CommandHandler(Oppakken)
export class OppakkenHandler implements ICommandHandler<Oppakken, CommandAntwoord> {
  constructor(
    private readonly signalen: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, doorsturingId, context }: Oppakken): Promise<CommandAntwoord> {
    const command: PakOp = {
      type: 'PakOp',
      at: new Date().toISOString(),
      doorsturingId,
      dienstId: context.actor.dienstId ?? '',
    };
    const result = await this.signalen.execute(
      signaalId,
      command,
      context,
      alleenVoor('dienst', context.actor, this.reference),
    );
    return antwoord(signaalId, result);
  }
}
