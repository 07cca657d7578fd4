import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, toActor, type Gebruiker } from '@signaalspoor/auth';
import { CommandAntwoordDto, CommandHeaders, CommandVerzoek, UuidPipe } from '@signaalspoor/http';
import { commandContext, type CommandAntwoord } from '@signaalspoor/signaal-store';
import { TerugkoppelenDto } from './terugkoppelen.dto';
import { Terugkoppelen } from './terugkoppelen.handler';

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen/:id/terugkoppelingen')
export class TerugkoppelenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandHeaders()
  @ApiOkResponse({ type: CommandAntwoordDto })
  @HttpCode(200)
  @Rollen('wijkmanager')
  @ApiOperation({ summary: 'De wijkmanager koppelt terug aan de raad: tussentijds of definitief' })
  terugkoppelen(
    @Param('id', UuidPipe) id: string,
    @Body() body: TerugkoppelenDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ): Promise<CommandAntwoord> {
    return this.commands.execute(new Terugkoppelen(id, body, commandContext(toActor(gebruiker), verzoek)));
  }
}
