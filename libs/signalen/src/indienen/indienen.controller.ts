import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, toActor, type Gebruiker } from '@signaalspoor/auth';
import { CommandAntwoordDto, CommandHeaders, CommandVerzoek } from '@signaalspoor/http';
import { commandContext, type CommandAntwoord } from '@signaalspoor/signaal-store';
import { IndienenDto } from './indienen.dto';
import { Indienen } from './indienen.handler';

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen')
export class IndienenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandHeaders()
  @Rollen('raad')
  @ApiOperation({ summary: 'Een raad dient een signaal in' })
  @ApiCreatedResponse({ description: 'het id van het nieuwe signaal', type: CommandAntwoordDto })
  indienen(
    @Body() body: IndienenDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ): Promise<CommandAntwoord> {
    return this.commands.execute(new Indienen(body, commandContext(toActor(gebruiker), verzoek)));
  }
}
