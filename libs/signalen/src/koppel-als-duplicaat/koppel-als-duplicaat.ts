import { Body, Controller, Param } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { MAX_LENGTH, type SignaalState } from '@signaalspoor/domain';
import { CommandRoute, CommandVerzoek, Tekst, UuidPipe } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  magZien,
  SignaalCommandHandler,
  SignaalRepository,
  type CommandContext,
  type CommandRequest,
} from '@signaalspoor/signaal-store';
import { IsUUID } from 'class-validator';

export class KoppelAlsDuplicaatDto {
  @ApiProperty({ format: 'uuid', description: 'het signaal waarvan dit een duplicaat is (het hoofdsignaal)' })
  @IsUUID('all', { message: 'moet een UUID zijn' })
  hoofdSignaalId!: string;

  @Tekst({ max: MAX_LENGTH.tekst, example: 'Zelfde kruispunt, al gemeld door Dorpsraad Kuringen.' })
  reden!: string;
}

/**
 * The wijkmanager links a signaal as a duplicate of another. The decider gets the main signaal as it
 * is now (`hoofd`, read from its own stream); one the wijkmanager may not see counts as unknown.
 */
export function koppelAlsDuplicaat(
  signaalId: string,
  body: KoppelAlsDuplicaatDto,
  hoofd: SignaalState | null,
  { actor }: CommandContext,
  reference: ReferenceData,
): CommandRequest {
  const zichtbaar =
    hoofd &&
    magZien(
      { rol: actor.rol, sub: actor.id, raadId: actor.raadId, dienstId: actor.dienstId },
      { raadId: hoofd.raadId, dienstIds: hoofd.doorsturingen.map((d) => d.dienstId) },
      reference,
    );
  return {
    signaalId,
    command: {
      type: 'KoppelAlsDuplicaat',
      hoofdSignaalId: body.hoofdSignaalId.toLowerCase(),
      reden: body.reden,
      ...(zichtbaar && {
        hoofd: {
          signaalId: hoofd.signaalId,
          status: hoofd.status,
          duplicaatVan: hoofd.duplicaatVan?.signaalId,
        },
      }),
    },
  };
}

@ApiTags('signalen')
@Controller('signalen/:id/duplicaat-van')
export class KoppelAlsDuplicaatController {
  constructor(
    private readonly commands: SignaalCommandHandler,
    private readonly signalen: SignaalRepository,
    private readonly reference: ReferenceData,
  ) {}

  @CommandRoute(
    'wijkmanager',
    200,
    'De wijkmanager koppelt het signaal als duplicaat aan een ander: het antwoord daarop geldt ook hier',
  )
  async koppelAlsDuplicaat(
    @Param('id', UuidPipe) id: string,
    @Body() body: KoppelAlsDuplicaatDto,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ) {
    const { state: hoofd } = await this.signalen.load(body.hoofdSignaalId.toLowerCase());
    return this.commands.handle(koppelAlsDuplicaat(id, body, hoofd, verzoek, this.reference), verzoek);
  }
}
