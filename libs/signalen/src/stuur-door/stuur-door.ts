import { MAX_LENGTH } from '@signaalspoor/domain';
import { Id, InvoerFout, Tekst } from '@signaalspoor/http';
import type { ReferenceData } from '@signaalspoor/reference-data';
import { commandIds, type CommandContext, type CommandRequest } from '@signaalspoor/signaal-store';
import { signaalCommandController } from '../signaal-command';

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
    id: doorsturingId,
    command: { type: 'StuurDoor', doorsturingId, dienstId: body.dienst, toelichting: body.toelichting },
    velden: { dienstId: 'dienst' },
  };
}

export const StuurDoorController = signaalCommandController(stuurDoor, {
  pad: 'signalen/:id/doorsturingen',
  body: StuurDoorDto,
  route: [
    'wijkmanager',
    201,
    'De wijkmanager stuurt het signaal door naar een dienst (201 met het id van de doorsturing)',
  ],
});
