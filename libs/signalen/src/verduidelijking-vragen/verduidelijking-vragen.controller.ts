import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, toActor, type Gebruiker } from '@signaalspoor/auth';
import { CommandAntwoordDto, CommandHeaders, CommandVerzoek, UuidPipe } from '@signaalspoor/http';
import { commandContext, type CommandAntwoord } from '@signaalspoor/signaal-store';
import { VerduidelijkingVragenDto } from './verduidelijking-vragen.dto';
import { VerduidelijkingVragen } from './verduidelijking-vragen.handler';

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen/:id/verduidelijkingsvragen')
export class VerduidelijkingVragenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandHeaders()
  @ApiOkResponse({ type: CommandAntwoordDto })
  @HttpCode(200)
  @Rollen('wijkmanager')
  @ApiOperation({ summary: 'De wijkmanager vraagt de raad om verduidelijking' })
  verduidelijkingVragen(
    @Param('id', UuidPipe) id: string,
    @Body() body: VerduidelijkingVragenDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ): Promise<CommandAntwoord> {
    return this.commands.execute(
      new VerduidelijkingVragen(id, body, commandContext(toActor(gebruiker), verzoek)),
    );
  }
}
