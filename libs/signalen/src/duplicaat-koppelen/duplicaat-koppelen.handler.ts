import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { KoppelAlsDuplicaat } from '@signaalspoor/domain';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  magZien,
  SignaalActie,
  SignaalCommands,
  SignaalRepository,
  type CommandAntwoord,
} from '@signaalspoor/signaal-store';
import type { DuplicaatKoppelenDto } from './duplicaat-koppelen.dto';

export class DuplicaatKoppelen extends SignaalActie<DuplicaatKoppelenDto> {}

/**
 * The wijkmanager links a signaal as a duplicate of another. The main signaal is read from its own
 * stream and handed to the decider; one the wijkmanager may not see counts as unknown.
 */
@CommandHandler(DuplicaatKoppelen)
export class DuplicaatKoppelenHandler implements ICommandHandler<DuplicaatKoppelen, CommandAntwoord> {
  constructor(
    private readonly commands: SignaalCommands,
    private readonly repository: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, body, gebruiker, verzoek }: DuplicaatKoppelen): Promise<CommandAntwoord> {
    const hoofdSignaalId = body.hoofdSignaalId.toLowerCase();
    const { state: hoofd } = await this.repository.load(hoofdSignaalId);
    const zichtbaar =
      hoofd &&
      magZien(
        gebruiker,
        { raadId: hoofd.raadId, dienstIds: hoofd.doorsturingen.map((d) => d.dienstId) },
        this.reference,
      );
    const command: KoppelAlsDuplicaat = {
      type: 'KoppelAlsDuplicaat',
      at: new Date().toISOString(),
      hoofdSignaalId,
      reden: body.reden,
      ...(zichtbaar && {
        hoofd: {
          signaalId: hoofd.signaalId,
          status: hoofd.status,
          duplicaatVan: hoofd.duplicaatVan?.signaalId,
        },
      }),
    };
    const result = await this.commands.uitvoeren(signaalId, command, gebruiker, 'wijkmanager', verzoek);
    return this.commands.antwoord(signaalId, result);
  }
}
