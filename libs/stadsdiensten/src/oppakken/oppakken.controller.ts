import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, toActor, type Gebruiker } from '@signaalspoor/auth';
import { CommandAntwoordDto, CommandHeaders, CommandVerzoek, UuidPipe } from '@signaalspoor/http';
import { commandContext, type CommandAntwoord } from '@signaalspoor/signaal-store';
import { Oppakken } from './oppakken.handler';

@ApiTags('stadsdiensten')
@ApiBearerAuth()
@Controller('signalen/:id/doorsturingen/:doorsturingId/oppakken')
export class OppakkenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandHeaders()
  @ApiOkResponse({ type: CommandAntwoordDto })
  @HttpCode(200)
  @Rollen('dienst')
  @ApiOperation({ summary: 'De dienst pakt de doorsturing op' })
  oppakken(
    @Param('id', UuidPipe) id: string,
    @Param('doorsturingId', UuidPipe) doorsturingId: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ): Promise<CommandAntwoord> {
    return this.commands.execute(
      new Oppakken(id, doorsturingId, commandContext(toActor(gebruiker), verzoek)),
    );
  }
}
