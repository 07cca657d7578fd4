import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, toActor, type Gebruiker } from '@signaalspoor/auth';
import { CommandAntwoordDto, CommandHeaders, CommandVerzoek, UuidPipe } from '@signaalspoor/http';
import { commandContext, type CommandAntwoord } from '@signaalspoor/signaal-store';
import { DuplicaatKoppelenDto } from './duplicaat-koppelen.dto';
import { DuplicaatKoppelen } from './duplicaat-koppelen.handler';

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen/:id/duplicaat-van')
export class DuplicaatKoppelenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandHeaders()
  @ApiOkResponse({ type: CommandAntwoordDto })
  @HttpCode(200)
  @Rollen('wijkmanager')
  @ApiOperation({
    summary:
      'De wijkmanager koppelt het signaal als duplicaat aan een ander: het antwoord daarop geldt ook hier',
  })
  koppelen(
    @Param('id', UuidPipe) id: string,
    @Body() body: DuplicaatKoppelenDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ): Promise<CommandAntwoord> {
    return this.commands.execute(
      new DuplicaatKoppelen(id, body, commandContext(toActor(gebruiker), verzoek)),
    );
  }
}
