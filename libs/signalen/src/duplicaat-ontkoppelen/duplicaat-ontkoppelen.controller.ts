import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, toActor, type Gebruiker } from '@signaalspoor/auth';
import { CommandAntwoordDto, CommandHeaders, CommandVerzoek, UuidPipe } from '@signaalspoor/http';
import { commandContext, type CommandAntwoord } from '@signaalspoor/signaal-store';
import { DuplicaatOntkoppelenDto } from './duplicaat-ontkoppelen.dto';
import { DuplicaatOntkoppelen } from './duplicaat-ontkoppelen.handler';

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen/:id/duplicaat-van/ontkoppelen')
export class DuplicaatOntkoppelenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandHeaders()
  @ApiOkResponse({ type: CommandAntwoordDto })
  @HttpCode(200)
  @Rollen('wijkmanager')
  @ApiOperation({ summary: 'De wijkmanager maakt de koppeling als duplicaat ongedaan, met een reden' })
  ontkoppelen(
    @Param('id', UuidPipe) id: string,
    @Body() body: DuplicaatOntkoppelenDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ): Promise<CommandAntwoord> {
    return this.commands.execute(
      new DuplicaatOntkoppelen(id, body, commandContext(toActor(gebruiker), verzoek)),
    );
  }
}
