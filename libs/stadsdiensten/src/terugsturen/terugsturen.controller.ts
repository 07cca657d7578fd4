import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, toActor, type Gebruiker } from '@signaalspoor/auth';
import { CommandAntwoordDto, CommandHeaders, CommandVerzoek, UuidPipe } from '@signaalspoor/http';
import { commandContext, type CommandAntwoord } from '@signaalspoor/signaal-store';
import { TerugsturenDto } from './terugsturen.dto';
import { Terugsturen } from './terugsturen.handler';

@ApiTags('stadsdiensten')
@ApiBearerAuth()
@Controller('signalen/:id/doorsturingen/:doorsturingId/terugsturen')
export class TerugsturenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandHeaders()
  @ApiOkResponse({ type: CommandAntwoordDto })
  @HttpCode(200)
  @Rollen('dienst')
  @ApiOperation({ summary: 'De dienst stuurt de doorsturing terug: niet voor ons' })
  terugsturen(
    @Param('id', UuidPipe) id: string,
    @Param('doorsturingId', UuidPipe) doorsturingId: string,
    @Body() body: TerugsturenDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ): Promise<CommandAntwoord> {
    return this.commands.execute(
      new Terugsturen(id, doorsturingId, body, commandContext(toActor(gebruiker), verzoek)),
    );
  }
}
