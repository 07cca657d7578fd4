import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MAX_LENGTH } from '@signaalspoor/domain';
import { CommandRoute, CommandVerzoek, JaNee, Tekst, UuidPipe } from '@signaalspoor/http';
import { SignaalCommandHandler, type CommandRequest } from '@signaalspoor/signaal-store';

export class KoppelTerugDto {
  @Tekst({
    max: MAX_LENGTH.tekst,
    example: 'De dienst Mobiliteit plant een snelheidsremmer in het voorjaar.',
  })
  boodschap!: string;

  @JaNee({ description: 'true voor de definitieve terugkoppeling' })
  definitief!: boolean;
}

/** The wijkmanager gives the raad feedback, interim or final. */
export function koppelTerug(signaalId: string, body: KoppelTerugDto): CommandRequest {
  return {
    signaalId,
    handelaar: 'wijkmanager',
    command: { type: 'KoppelTerug', boodschap: body.boodschap, definitief: body.definitief },
  };
}

@ApiTags('signalen')
@Controller('signalen/:id/terugkoppelingen')
export class KoppelTerugController {
  constructor(private readonly commands: SignaalCommandHandler) {}

  @CommandRoute('wijkmanager', 200, 'De wijkmanager koppelt terug aan de raad: tussentijds of definitief')
  koppelTerug(
    @Param('id', UuidPipe) id: string,
    @Body() body: KoppelTerugDto,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ) {
    return this.commands.handle(koppelTerug(id, body), verzoek);
  }
}
