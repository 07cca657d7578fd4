import { Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandRoute, CommandVerzoek, UuidPipe } from '@signaalspoor/http';
import { SignaalCommandHandler, type CommandContext, type CommandRequest } from '@signaalspoor/signaal-store';
import { dienstCommand } from '../dienst-command';

/** The dienst picks up a doorsturing addressed to it. */
export function pakOp(signaalId: string, doorsturingId: string, context: CommandContext): CommandRequest {
  return dienstCommand(signaalId, context, { type: 'PakOp', doorsturingId });
}

@ApiTags('stadsdiensten')
@Controller('signalen/:id/doorsturingen/:doorsturingId/oppakken')
export class PakOpController {
  constructor(private readonly commands: SignaalCommandHandler) {}

  @CommandRoute('dienst', 200, 'De dienst pakt de doorsturing op')
  pakOp(
    @Param('id', UuidPipe) id: string,
    @Param('doorsturingId', UuidPipe) doorsturingId: string,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ) {
    return this.commands.handle(pakOp(id, doorsturingId, verzoek), verzoek);
  }
}
