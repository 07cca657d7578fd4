import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MAX_LENGTH } from '@signaalspoor/domain';
import { CommandRoute, CommandVerzoek, Tekst, UuidPipe } from '@signaalspoor/http';
import { SignaalCommandHandler, type CommandRequest } from '@signaalspoor/signaal-store';

export class OntkoppelDuplicaatDto {
  @Tekst({ max: MAX_LENGTH.tekst, example: 'Het gaat toch over een ander kruispunt.' })
  reden!: string;
}

/** The wijkmanager undoes the link of a duplicate, with a reason. */
export function ontkoppelDuplicaat(signaalId: string, body: OntkoppelDuplicaatDto): CommandRequest {
  return {
    signaalId,
    handelaar: 'wijkmanager',
    command: { type: 'OntkoppelDuplicaat', reden: body.reden },
  };
}

@ApiTags('signalen')
@Controller('signalen/:id/duplicaat-van/ontkoppelen')
export class OntkoppelDuplicaatController {
  constructor(private readonly commands: SignaalCommandHandler) {}

  @CommandRoute('wijkmanager', 200, 'De wijkmanager maakt de koppeling als duplicaat ongedaan, met een reden')
  ontkoppelDuplicaat(
    @Param('id', UuidPipe) id: string,
    @Body() body: OntkoppelDuplicaatDto,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ) {
    return this.commands.handle(ontkoppelDuplicaat(id, body), verzoek);
  }
}
