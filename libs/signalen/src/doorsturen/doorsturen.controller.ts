import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, toActor, type Gebruiker } from '@signaalspoor/auth';
import { CommandAntwoordDto, CommandHeaders, CommandVerzoek, UuidPipe } from '@signaalspoor/http';
import { commandContext, type CommandAntwoord } from '@signaalspoor/signaal-store';
import { DoorsturenDto } from './doorsturen.dto';
import { Doorsturen } from './doorsturen.handler';

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen/:id/doorsturingen')
export class DoorsturenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandHeaders()
  @ApiCreatedResponse({ type: CommandAntwoordDto })
  @Rollen('wijkmanager')
  @ApiOperation({
    summary: 'De wijkmanager stuurt het signaal door naar een dienst (201 met het id van de doorsturing)',
  })
  doorsturen(
    @Param('id', UuidPipe) id: string,
    @Body() body: DoorsturenDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ): Promise<CommandAntwoord> {
    return this.commands.execute(new Doorsturen(id, body, commandContext(toActor(gebruiker), verzoek)));
  }
}
