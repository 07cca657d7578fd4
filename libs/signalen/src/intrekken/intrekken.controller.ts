import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, toActor, type Gebruiker } from '@signaalspoor/auth';
import { CommandAntwoordDto, CommandHeaders, CommandVerzoek, UuidPipe } from '@signaalspoor/http';
import { commandContext, type CommandAntwoord } from '@signaalspoor/signaal-store';
import { IntrekkenDto } from './intrekken.dto';
import { Intrekken } from './intrekken.handler';

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen/:id/intrekken')
export class IntrekkenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandHeaders()
  @ApiOkResponse({ type: CommandAntwoordDto })
  @HttpCode(200)
  @Rollen('raad')
  @ApiOperation({ summary: 'De raad trekt het signaal in' })
  intrekken(
    @Param('id', UuidPipe) id: string,
    @Body() body: IntrekkenDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ): Promise<CommandAntwoord> {
    return this.commands.execute(new Intrekken(id, body, commandContext(toActor(gebruiker), verzoek)));
  }
}
