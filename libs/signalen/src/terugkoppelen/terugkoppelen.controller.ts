import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, type Gebruiker } from '@signaalspoor/auth';
import { UuidPipe, Verzoek, type RequestContext } from '@signaalspoor/http';
import type { CommandAntwoord } from '@signaalspoor/signaal-store';
import { TerugkoppelenDto } from './terugkoppelen.dto';
import { Terugkoppelen } from './terugkoppelen.handler';

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen/:id/terugkoppelingen')
export class TerugkoppelenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @Rollen('wijkmanager')
  @ApiOperation({ summary: 'De wijkmanager koppelt terug aan de raad: tussentijds of definitief' })
  terugkoppelen(
    @Param('id', UuidPipe) id: string,
    @Body() body: TerugkoppelenDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Verzoek() verzoek: RequestContext,
  ): Promise<CommandAntwoord> {
    return this.commands.execute(new Terugkoppelen(id, body, gebruiker, verzoek));
  }
}
