import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, toActor, type Gebruiker } from '@signaalspoor/auth';
import { CommandAntwoordDto, CommandHeaders, CommandVerzoek, UuidPipe } from '@signaalspoor/http';
import { commandContext, type CommandAntwoord } from '@signaalspoor/signaal-store';
import { BeantwoordenDto } from './beantwoorden.dto';
import { Beantwoorden } from './beantwoorden.handler';

@ApiTags('stadsdiensten')
@ApiBearerAuth()
@Controller('signalen/:id/doorsturingen/:doorsturingId/antwoord')
export class BeantwoordenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandHeaders()
  @ApiOkResponse({ type: CommandAntwoordDto })
  @HttpCode(200)
  @Rollen('dienst')
  @ApiOperation({ summary: 'De dienst beantwoordt de doorsturing met een besluit en motivering' })
  beantwoorden(
    @Param('id', UuidPipe) id: string,
    @Param('doorsturingId', UuidPipe) doorsturingId: string,
    @Body() body: BeantwoordenDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ): Promise<CommandAntwoord> {
    return this.commands.execute(
      new Beantwoorden(id, doorsturingId, body, commandContext(toActor(gebruiker), verzoek)),
    );
  }
}
