import { MAX_LENGTH } from '@signaalspoor/domain';
import { Tekst } from '@signaalspoor/http';
import type { CommandContext, CommandRequest } from '@signaalspoor/signaal-store';
import { dienstCommand, dienstCommandController } from '../dienst-command';

export class StuurTerugDto {
  @Tekst({ max: MAX_LENGTH.tekst, example: 'Gewestweg: bevoegdheid van het Agentschap Wegen en Verkeer.' })
  reden!: string;
}

/** The dienst sends a doorsturing back: not theirs. */
export function stuurTerug(
  signaalId: string,
  doorsturingId: string,
  body: StuurTerugDto,
  context: CommandContext,
): CommandRequest {
  return dienstCommand(signaalId, context, { type: 'StuurTerug', doorsturingId, reden: body.reden });
}

export const StuurTerugController = dienstCommandController(stuurTerug, {
  pad: 'signalen/:id/doorsturingen/:doorsturingId/terugsturen',
  body: StuurTerugDto,
  route: ['dienst', 200, 'De dienst stuurt de doorsturing terug: niet voor ons'],
});
