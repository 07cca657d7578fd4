import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AuthFout, type Gebruiker } from '@signaalspoor/auth';
import { InvoerFout, type RequestContext } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import { commandContext, SignaalRepository, type CommandAntwoord } from '@signaalspoor/signaal-store';
import { randomUUID } from 'node:crypto';
import type { IndienenDto } from './indienen.dto';

export class Indienen {
  constructor(
    readonly body: IndienenDto,
    readonly gebruiker: Gebruiker,
    readonly verzoek: RequestContext,
  ) {}
}

@CommandHandler(Indienen)
export class IndienenHandler implements ICommandHandler<Indienen, CommandAntwoord> {
  constructor(
    private readonly repository: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ body, gebruiker, verzoek }: Indienen): Promise<CommandAntwoord> {
    const raadId = gebruiker.raadId;
    if (!raadId || !this.reference.raad(raadId)) {
      throw new AuthFout('GEEN_TOEGANG', 'Je token hoort niet bij een erkende raad.');
    }
    if (!this.reference.thema(body.thema)) throw new InvoerFout('ONBEKEND_THEMA', 'onbekend thema', 'thema');
    const signaalId = randomUUID();
    const result = await this.repository.execute(
      signaalId,
      {
        type: 'DienSignaalIn',
        at: new Date().toISOString(),
        signaalId,
        raadId,
        titel: body.titel,
        omschrijving: body.omschrijving,
        thema: body.thema,
        bron: body.bron ?? 'andere',
        locatie: body.locatie && { ...body.locatie },
        persoon: body.indiener && { ...body.indiener },
      },
      commandContext(gebruiker, verzoek),
    );
    return { id: signaalId, status: result.state.status, positie: result.position };
  }
}
