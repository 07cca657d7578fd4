import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MAX_LENGTH } from '@signaalspoor/domain';
import { CommandRoute, CommandVerzoek, Tekst, UuidPipe } from '@signaalspoor/http';
import { SignaalCommandHandler, type CommandRequest } from '@signaalspoor/signaal-store';

export class VraagVerduidelijkingDto {
  @Tekst({ max: MAX_LENGTH.tekst, example: 'Over welke straat gaat het precies?' })
  vraag!: string;
}

/** The wijkmanager asks the raad for clarification. */
export function vraagVerduidelijking(signaalId: string, body: VraagVerduidelijkingDto): CommandRequest {
  return {
    signaalId,
    handelaar: 'wijkmanager',
    command: { type: 'VraagVerduidelijking', vraag: body.vraag },
  };
}

@ApiTags('signalen')
@Controller('signalen/:id/verduidelijkingsvragen')
export class VraagVerduidelijkingController {
  constructor(private readonly commands: SignaalCommandHandler) {}

  @CommandRoute('wijkmanager', 200, 'De wijkmanager vraagt de raad om verduidelijking')
  vraagVerduidelijking(
    @Param('id', UuidPipe) id: string,
    @Body() body: VraagVerduidelijkingDto,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ) {
    return this.commands.handle(vraagVerduidelijking(id, body), verzoek);
  }
}
