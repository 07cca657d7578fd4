import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DienSignaalIn } from '@signaalspoor/domain';
import { InvoerFout } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  antwoord,
  commandIds,
  CommandFout,
  SignaalRepository,
  type CommandAntwoord,
  type CommandContext,
} from '@signaalspoor/signaal-store';
import type { IndienenDto } from './indienen.dto';

export class Indienen {
  constructor(
    readonly body: IndienenDto,
    readonly context: CommandContext,
  ) {}
}

/** A raad submits a signaal: a new stream, answered with the signaal's id. */
@CommandHandler(Indienen)
export class IndienenHandler implements ICommandHandler<Indienen, CommandAntwoord> {
  constructor(
    private readonly signalen: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ body, context }: Indienen): Promise<CommandAntwoord> {
    const raadId = context.actor.raadId;
    if (!raadId || !this.reference.raad(raadId)) {
      throw new CommandFout('GEEN_TOEGANG', 'Je token hoort niet bij een erkende raad.');
    }
    if (!this.reference.thema(body.thema)) throw new InvoerFout('ONBEKEND_THEMA', 'onbekend thema', 'thema');
    const command: DienSignaalIn = {
      type: 'DienSignaalIn',
      at: new Date().toISOString(),
      signaalId: commandIds(context).of('signaal'),
      raadId,
      titel: body.titel,
      omschrijving: body.omschrijving,
      thema: body.thema,
      bron: body.bron ?? 'andere',
      locatie: body.locatie && { ...body.locatie },
      persoon: body.indiener && { ...body.indiener },
    };
    const result = await this.signalen.execute(command.signaalId, command, context);
    return antwoord(command.signaalId, result);
  }
}
