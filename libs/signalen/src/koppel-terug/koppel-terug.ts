import { MAX_LENGTH } from '@signaalspoor/domain';
import { JaNee, Tekst } from '@signaalspoor/http';
import type { CommandRequest } from '@signaalspoor/signaal-store';
import { signaalCommandController } from '../signaal-command';

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
    command: { type: 'KoppelTerug', boodschap: body.boodschap, definitief: body.definitief },
  };
}

export const KoppelTerugController = signaalCommandController(koppelTerug, {
  pad: 'signalen/:id/terugkoppelingen',
  body: KoppelTerugDto,
  route: ['wijkmanager', 200, 'De wijkmanager koppelt terug aan de raad: tussentijds of definitief'],
});
