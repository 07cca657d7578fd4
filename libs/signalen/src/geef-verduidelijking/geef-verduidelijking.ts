import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MAX_LENGTH } from '@signaalspoor/domain';
import { CommandRoute, CommandVerzoek, Tekst, UuidPipe } from '@signaalspoor/http';
import { SignaalCommandHandler, type CommandRequest } from '@signaalspoor/signaal-store';

export class GeefVerduidelijkingDto {
  @Tekst({ max: MAX_LENGTH.tekst, example: 'Het gaat om de Kerkstraat ter hoogte van nummer 12.' })
  antwoord!: string;
}

/** The raad answers the wijkmanager's question. */
export function geefVerduidelijking(signaalId: string, body: GeefVerduidelijkingDto): CommandRequest {
  return {
    signaalId,
    handelaar: 'raad',
    command: { type: 'GeefVerduidelijking', antwoord: body.antwoord },
  };
}

@ApiTags('signalen')
@Controller('signalen/:id/verduidelijkingen')
export class GeefVerduidelijkingController {
  constructor(private readonly commands: SignaalCommandHandler) {}

  @CommandRoute('raad', 200, 'De raad geeft de gevraagde verduidelijking')
  geefVerduidelijking(
    @Param('id', UuidPipe) id: string,
    @Body() body: GeefVerduidelijkingDto,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ) {
    return this.commands.handle(geefVerduidelijking(id, body), verzoek);
  }
}
