import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MAX_LENGTH } from '@signaalspoor/domain';
import { CommandRoute, CommandVerzoek, Id, InvoerFout, Tekst, UuidPipe } from '@signaalspoor/http';
import { ReferenceData } from '@signaalspoor/reference-data';
import {
  commandIds,
  SignaalCommandHandler,
  type CommandContext,
  type CommandRequest,
} from '@signaalspoor/signaal-store';

export class StuurDoorDto {
  @Id({ description: 'id uit GET /api/diensten', example: 'mobiliteit' })
  dienst!: string;

  @Tekst({ max: MAX_LENGTH.tekst, optional: true, example: 'Graag bekijken samen met de politiezone.' })
  toelichting?: string;
}

/** The wijkmanager routes the signaal to a dienst: a new doorsturing, answered with its id. */
export function stuurDoor(
  signaalId: string,
  body: StuurDoorDto,
  context: CommandContext,
  reference: ReferenceData,
): CommandRequest {
  if (!reference.dienst(body.dienst)) throw new InvoerFout('ONBEKENDE_DIENST', 'onbekende dienst', 'dienst');
  const doorsturingId = commandIds(context).of('doorsturing');
  return {
    signaalId,
    handelaar: 'wijkmanager',
    id: doorsturingId,
    command: { type: 'StuurDoor', doorsturingId, dienstId: body.dienst, toelichting: body.toelichting },
    velden: { dienstId: 'dienst' },
  };
}

@ApiTags('signalen')
@Controller('signalen/:id/doorsturingen')
export class StuurDoorController {
  constructor(
    private readonly commands: SignaalCommandHandler,
    private readonly reference: ReferenceData,
  ) {}

  @CommandRoute(
    'wijkmanager',
    201,
    'De wijkmanager stuurt het signaal door naar een dienst (201 met het id van de doorsturing)',
  )
  stuurDoor(
    @Param('id', UuidPipe) id: string,
    @Body() body: StuurDoorDto,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ) {
    return this.commands.handle(stuurDoor(id, body, verzoek, this.reference), verzoek);
  }
}
