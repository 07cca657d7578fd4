import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { StuurTerug } from '@signaalspoor/domain';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  alleenVoor,
  antwoord,
  SignaalRepository,
  type CommandAntwoord,
  type CommandContext,
} from '@signaalspoor/signaal-store';
import type { TerugsturenDto } from './terugsturen.dto';

export class Terugsturen {
  constructor(
    readonly signaalId: string,
    readonly doorsturingId: string,
    readonly body: TerugsturenDto,
    readonly context: CommandContext,
  ) {}
}

/** The dienst sends a doorsturing back: not theirs. */
@CommandHandler(Terugsturen)
export class TerugsturenHandler implements ICommandHandler<Terugsturen, CommandAntwoord> {
  constructor(
    private readonly signalen: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, doorsturingId, body, context }: Terugsturen): Promise<CommandAntwoord> {
    const command: StuurTerug = {
      type: 'StuurTerug',
      at: new Date().toISOString(),
      doorsturingId,
      dienstId: context.actor.dienstId ?? '',
      reden: body.reden,
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
