import { MAX_LENGTH } from '@signaalspoor/domain';
import { Tekst } from '@signaalspoor/http';
import type { CommandRequest } from '@signaalspoor/signaal-store';
import { signaalCommandController } from '../signaal-command';

export class VraagVerduidelijkingDto {
  @Tekst({ max: MAX_LENGTH.tekst, example: 'Over welke straat gaat het precies?' })
  vraag!: string;
}

/** The wijkmanager asks the raad for clarification. */
export function vraagVerduidelijking(signaalId: string, body: VraagVerduidelijkingDto): CommandRequest {
  return {
    signaalId,
    command: { type: 'VraagVerduidelijking', vraag: body.vraag },
  };
}

export const VraagVerduidelijkingController = signaalCommandController(vraagVerduidelijking, {
  pad: 'signalen/:id/verduidelijkingsvragen',
  body: VraagVerduidelijkingDto,
  route: ['wijkmanager', 200, 'De wijkmanager vraagt de raad om verduidelijking'],
});
