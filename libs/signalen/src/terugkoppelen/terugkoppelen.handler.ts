import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { KoppelTerug } from '@signaalspoor/domain';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  alleenVoor,
  antwoord,
  SignaalRepository,
  type CommandAntwoord,
  type CommandContext,
} from '@signaalspoor/signaal-store';
import type { TerugkoppelenDto } from './terugkoppelen.dto';

export class Terugkoppelen {
  constructor(
    readonly signaalId: string,
    readonly body: TerugkoppelenDto,
    readonly context: CommandContext,
  ) {}
}

/** The wijkmanager gives the raad feedback, interim or final. */
@CommandHandler(Terugkoppelen)
export class TerugkoppelenHandler implements ICommandHandler<Terugkoppelen, CommandAntwoord> {
  constructor(
    private readonly signalen: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, body, context }: Terugkoppelen): Promise<CommandAntwoord> {
    const command: KoppelTerug = {
      type: 'KoppelTerug',
      at: new Date().toISOString(),
      boodschap: body.boodschap,
      definitief: body.definitief,
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
