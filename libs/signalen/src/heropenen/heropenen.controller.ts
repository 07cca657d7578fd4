import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, toActor, type Gebruiker } from '@signaalspoor/auth';
import { CommandAntwoordDto, CommandHeaders, CommandVerzoek, UuidPipe } from '@signaalspoor/http';
import { commandContext, type CommandAntwoord } from '@signaalspoor/signaal-store';
import { HeropenenDto } from './heropenen.dto';
import { Heropenen } from './heropenen.handler';

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen/:id/heropenen')
export class HeropenenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandHeaders()
  @ApiOkResponse({ type: CommandAntwoordDto })
  @HttpCode(200)
  @Rollen('raad')
  @ApiOperation({ summary: 'De raad aanvaardt de definitieve terugkoppeling niet en heropent het signaal' })
  heropenen(
    @Param('id', UuidPipe) id: string,
    @Body() body: HeropenenDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ): Promise<CommandAntwoord> {
    return this.commands.execute(new Heropenen(id, body, commandContext(toActor(gebruiker), verzoek)));
  }
}
