import type { CommandContext, CommandRequest } from '@signaalspoor/signaal-store';
import { dienstCommand, dienstCommandController } from '../dienst-command';

/** The dienst picks up a doorsturing addressed to it. */
export function pakOp(signaalId: string, doorsturingId: string, context: CommandContext): CommandRequest {
  return dienstCommand(signaalId, context, { type: 'PakOp', doorsturingId });
}

export const PakOpController = dienstCommandController(pakOp, {
  pad: 'signalen/:id/doorsturingen/:doorsturingId/oppakken',
  route: ['dienst', 200, 'De dienst pakt de doorsturing op'],
});
