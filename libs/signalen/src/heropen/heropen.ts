import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MAX_LENGTH } from '@signaalspoor/domain';
import { CommandRoute, CommandVerzoek, Tekst, UuidPipe } from '@signaalspoor/http';
import { SignaalCommandHandler, type CommandRequest } from '@signaalspoor/signaal-store';

export class HeropenDto {
  @Tekst({ max: MAX_LENGTH.tekst, example: 'Er is nog altijd geen oplossing voor de avondspits.' })
  reden!: string;
}

/** The raad does not accept the final feedback: back to the wijkmanager. */
export function heropen(signaalId: string, body: HeropenDto): CommandRequest {
  return { signaalId, handelaar: 'raad', command: { type: 'Heropen', reden: body.reden } };
}

@ApiTags('signalen')
@Controller('signalen/:id/heropenen')
export class HeropenController {
  constructor(private readonly commands: SignaalCommandHandler) {}

  @CommandRoute('raad', 200, 'De raad aanvaardt de definitieve terugkoppeling niet en heropent het signaal')
  heropen(
    @Param('id', UuidPipe) id: string,
    @Body() body: HeropenDto,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ) {
    return this.commands.handle(heropen(id, body), verzoek);
  }
}
