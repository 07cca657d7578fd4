import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, toActor, type Gebruiker } from '@signaalspoor/auth';
import { CommandAntwoordDto, CommandHeaders, CommandVerzoek, UuidPipe } from '@signaalspoor/http';
import { commandContext, type CommandAntwoord } from '@signaalspoor/signaal-store';
import { Afsluiten } from './afsluiten.handler';

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen/:id/afsluiten')
export class AfsluitenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandHeaders()
  @ApiOkResponse({ type: CommandAntwoordDto })
  @HttpCode(200)
  @Rollen('raad')
  @ApiOperation({ summary: 'De raad aanvaardt de definitieve terugkoppeling en sluit het signaal af' })
  afsluiten(
    @Param('id', UuidPipe) id: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ): Promise<CommandAntwoord> {
    return this.commands.execute(new Afsluiten(id, commandContext(toActor(gebruiker), verzoek)));
  }
}
