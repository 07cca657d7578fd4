import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { KoppelAlsDuplicaat } from '@signaalspoor/domain';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  alleenVoor,
  antwoord,
  magZien,
  SignaalRepository,
  type CommandAntwoord,
  type CommandContext,
} from '@signaalspoor/signaal-store';
import type { DuplicaatKoppelenDto } from './duplicaat-koppelen.dto';

export class DuplicaatKoppelen {
  constructor(
    readonly signaalId: string,
    readonly body: DuplicaatKoppelenDto,
    readonly context: CommandContext,
  ) {}
}

/**
 * The wijkmanager links a signaal as a duplicate of another. The main signaal is read from its own
 * stream and handed to the decider; one the wijkmanager may not see counts as unknown.
 */
@CommandHandler(DuplicaatKoppelen)
export class DuplicaatKoppelenHandler implements ICommandHandler<DuplicaatKoppelen, CommandAntwoord> {
  constructor(
    private readonly signalen: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  async execute({ signaalId, body, context }: DuplicaatKoppelen): Promise<CommandAntwoord> {
    const { actor } = context;
    const hoofdSignaalId = body.hoofdSignaalId.toLowerCase();
    const { state: hoofd } = await this.signalen.load(hoofdSignaalId);
    const zichtbaar =
      hoofd &&
      magZien(
        { rol: actor.rol, sub: actor.id, raadId: actor.raadId, dienstId: actor.dienstId },
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
    const result = await this.signalen.execute(
      signaalId,
      command,
      context,
      alleenVoor('wijkmanager', actor, this.reference),
    );
    return antwoord(signaalId, result);
  }
}
