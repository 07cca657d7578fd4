import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, Rollen, type Gebruiker } from '@signaalspoor/auth';
import { UuidPipe, Verzoek, type RequestContext } from '@signaalspoor/http';
import type { CommandAntwoord } from '@signaalspoor/signaal-store';
import { HeropenenDto } from './heropenen.dto';
import { Heropenen } from './heropenen.handler';

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('signalen/:id/heropenen')
export class HeropenenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @Rollen('raad')
  @ApiOperation({ summary: 'De raad aanvaardt de definitieve terugkoppeling niet en heropent het signaal' })
  heropenen(
    @Param('id', UuidPipe) id: string,
    @Body() body: HeropenenDto,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Verzoek() verzoek: RequestContext,
  ): Promise<CommandAntwoord> {
    return this.commands.execute(new Heropenen(id, body, gebruiker, verzoek));
  }
}
