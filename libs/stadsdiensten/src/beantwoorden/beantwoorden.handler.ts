import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Beantwoord } from '@signaalspoor/domain';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  alleenVoor,
  antwoord,
  SignaalRepository,
  type CommandAntwoord,
  type CommandContext,
} from '@signaalspoor/signaal-store';
import type { BeantwoordenDto } from './beantwoorden.dto';

export class Beantwoorden {
  constructor(
    readonly signaalId: string,
    readonly doorsturingId: string,
    readonly body: BeantwoordenDto,
    readonly context: CommandContext,
  ) {}
}

/** The dienst answers a doorsturing with a besluit and its motivation. */
@CommandHandler(Beantwoorden)
export class BeantwoordenHandler implements ICommandHandler<Beantwoorden, CommandAntwoord> {
  constructor(
    private readonly signalen: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, doorsturingId, body, context }: Beantwoorden): Promise<CommandAntwoord> {
    const command: Beantwoord = {
      type: 'Beantwoord',
      at: new Date().toISOString(),
      doorsturingId,
      dienstId: context.actor.dienstId ?? '',
      besluit: body.besluit,
      antwoord: body.antwoord,
      verwachteDatum: body.verwachteDatum,
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
