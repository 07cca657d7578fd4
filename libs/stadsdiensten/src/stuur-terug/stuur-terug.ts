import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MAX_LENGTH } from '@signaalspoor/domain';
import { CommandRoute, CommandVerzoek, Tekst, UuidPipe } from '@signaalspoor/http';
import { SignaalCommandHandler, type CommandContext, type CommandRequest } from '@signaalspoor/signaal-store';
import { dienstCommand } from '../dienst-command';

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

@ApiTags('stadsdiensten')
@Controller('signalen/:id/doorsturingen/:doorsturingId/terugsturen')
export class StuurTerugController {
  constructor(private readonly commands: SignaalCommandHandler) {}

  @CommandRoute('dienst', 200, 'De dienst stuurt de doorsturing terug: niet voor ons')
  stuurTerug(
    @Param('id', UuidPipe) id: string,
    @Param('doorsturingId', UuidPipe) doorsturingId: string,
    @Body() body: StuurTerugDto,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ) {
    return this.commands.handle(stuurTerug(id, doorsturingId, body, verzoek), verzoek);
  }
}
