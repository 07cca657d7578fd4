import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { StuurDoor } from '@signaalspoor/domain';
import { InvoerFout } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  alleenVoor,
  antwoord,
  commandIds,
  SignaalRepository,
  type CommandAntwoord,
  type CommandContext,
} from '@signaalspoor/signaal-store';
import type { DoorsturenDto } from './doorsturen.dto';

export class Doorsturen {
  constructor(
    readonly signaalId: string,
    readonly body: DoorsturenDto,
    readonly context: CommandContext,
  ) {}
}

/** The wijkmanager routes the signaal to a dienst: a new doorsturing, answered with its id. */
@CommandHandler(Doorsturen)
export class DoorsturenHandler implements ICommandHandler<Doorsturen, CommandAntwoord> {
  constructor(
    private readonly signalen: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, body, context }: Doorsturen): Promise<CommandAntwoord> {
    if (!this.reference.dienst(body.dienst))
      throw new InvoerFout('ONBEKENDE_DIENST', 'onbekende dienst', 'dienst');
    const command: StuurDoor = {
      type: 'StuurDoor',
      at: new Date().toISOString(),
      doorsturingId: commandIds(context).of('doorsturing'),
      dienstId: body.dienst,
      toelichting: body.toelichting,
    };
    const result = await this.signalen.execute(
      signaalId,
      command,
      context,
      alleenVoor('wijkmanager', context.actor, this.reference),
    );
    return { ...antwoord(signaalId, result), id: command.doorsturingId, signaalId };
  }
}
