import { CommandHandler } from '@nestjs/cqrs';
import type { StuurDoor } from '@signaalspoor/domain';
import { InvoerFout } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  SignaalActie,
  SignaalActieHandler,
  SignaalCommands,
  type CommandAntwoord,
} from '@signaalspoor/signaal-store';
import { randomUUID } from 'node:crypto';
import type { DoorsturenDto } from './doorsturen.dto';

export class Doorsturen extends SignaalActie<DoorsturenDto> {
  readonly doorsturingId = randomUUID();
}

@CommandHandler(Doorsturen)
export class DoorsturenHandler extends SignaalActieHandler<Doorsturen> {
  protected readonly handelaar = 'wijkmanager';

  constructor(
    commands: SignaalCommands,
    private readonly reference: ReferenceData,
  ) {
    super(commands);
  }

  protected toCommand({ body, doorsturingId }: Doorsturen, at: string): StuurDoor {
    if (!this.reference.dienst(body.dienst))
      throw new InvoerFout('ONBEKENDE_DIENST', 'onbekende dienst', 'dienst');
    return { type: 'StuurDoor', at, doorsturingId, dienstId: body.dienst, toelichting: body.toelichting };
  }

  /** Answers with the id of the new doorsturing. */
  override async execute(actie: Doorsturen): Promise<CommandAntwoord> {
    const antwoord = await super.execute(actie);
    return { ...antwoord, id: actie.doorsturingId, signaalId: actie.signaalId };
  }
}
