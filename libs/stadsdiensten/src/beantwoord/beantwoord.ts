import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { BESLUITEN, type Besluit, MAX_LENGTH } from '@signaalspoor/domain';
import { CommandRoute, CommandVerzoek, Datum, Keuze, Tekst, UuidPipe } from '@signaalspoor/http';
import { SignaalCommandHandler, type CommandContext, type CommandRequest } from '@signaalspoor/signaal-store';
import { dienstCommand } from '../dienst-command';

export class BeantwoordDto {
  @Keuze(BESLUITEN)
  besluit!: Besluit;

  @Tekst({ max: MAX_LENGTH.tekst, example: 'Een snelheidsremmer wordt geplaatst in maart.' })
  antwoord!: string;

  @Datum({ optional: true, description: 'wanneer de dienst verwacht te handelen' })
  verwachteDatum?: string;
}

/** The dienst answers a doorsturing with a besluit and its motivation. */
export function beantwoord(
  signaalId: string,
  doorsturingId: string,
  body: BeantwoordDto,
  context: CommandContext,
): CommandRequest {
  return dienstCommand(signaalId, context, {
    type: 'Beantwoord',
    doorsturingId,
    besluit: body.besluit,
    antwoord: body.antwoord,
    verwachteDatum: body.verwachteDatum,
  });
}

@ApiTags('stadsdiensten')
@Controller('signalen/:id/doorsturingen/:doorsturingId/antwoord')
export class BeantwoordController {
  constructor(private readonly commands: SignaalCommandHandler) {}

  @CommandRoute('dienst', 200, 'De dienst beantwoordt de doorsturing met een besluit en motivering')
  beantwoord(
    @Param('id', UuidPipe) id: string,
    @Param('doorsturingId', UuidPipe) doorsturingId: string,
    @Body() body: BeantwoordDto,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ) {
    return this.commands.handle(beantwoord(id, doorsturingId, body, verzoek), verzoek);
  }
}
