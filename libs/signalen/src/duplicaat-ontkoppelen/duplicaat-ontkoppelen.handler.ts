import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { OntkoppelDuplicaat } from '@signaalspoor/domain';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  alleenVoor,
  antwoord,
  SignaalRepository,
  type CommandAntwoord,
  type CommandContext,
} from '@signaalspoor/signaal-store';
import type { DuplicaatOntkoppelenDto } from './duplicaat-ontkoppelen.dto';

export class DuplicaatOntkoppelen {
  constructor(
    readonly signaalId: string,
    readonly body: DuplicaatOntkoppelenDto,
    readonly context: CommandContext,
  ) {}
}

/** The wijkmanager undoes the link of a duplicate, with a reason. */
@CommandHandler(DuplicaatOntkoppelen)
export class DuplicaatOntkoppelenHandler implements ICommandHandler<DuplicaatOntkoppelen, CommandAntwoord> {
  constructor(
    private readonly signalen: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, body, context }: DuplicaatOntkoppelen): Promise<CommandAntwoord> {
    const command: OntkoppelDuplicaat = {
      type: 'OntkoppelDuplicaat',
      at: new Date().toISOString(),
      reden: body.reden,
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
