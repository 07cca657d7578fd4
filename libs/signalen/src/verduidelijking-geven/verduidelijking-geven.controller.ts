import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, toActor, type Gebruiker } from '@signaalspoor/auth';
import { CommandAntwoordDto, CommandHeaders, CommandVerzoek, UuidPipe } from '@signaalspoor/http';
import { commandContext, type CommandAntwoord } from '@signaalspoor/signaal-store';
import { VerduidelijkingGevenDto } from './verduidelijking-geven.dto';
import { VerduidelijkingGeven } from './verduidelijking-geven.handler';

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen/:id/verduidelijkingen')
export class VerduidelijkingGevenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandHeaders()
  @ApiOkResponse({ type: CommandAntwoordDto })
  @HttpCode(200)
  @Rollen('raad')
  @ApiOperation({ summary: 'De raad geeft de gevraagde verduidelijking' })
  verduidelijkingGeven(
    @Param('id', UuidPipe) id: string,
    @Body() body: VerduidelijkingGevenDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ): Promise<CommandAntwoord> {
    return this.commands.execute(
      new VerduidelijkingGeven(id, body, commandContext(toActor(gebruiker), verzoek)),
    );
  }
}
