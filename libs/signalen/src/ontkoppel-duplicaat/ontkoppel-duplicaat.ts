import { MAX_LENGTH } from '@signaalspoor/domain';
import { Tekst } from '@signaalspoor/http';
import type { CommandRequest } from '@signaalspoor/signaal-store';
import { signaalCommandController } from '../signaal-command';

export class OntkoppelDuplicaatDto {
  @Tekst({ max: MAX_LENGTH.tekst, example: 'Het gaat toch over een ander kruispunt.' })
  reden!: string;
}

/** The wijkmanager undoes the link of a duplicate, with a reason. */
export function ontkoppelDuplicaat(signaalId: string, body: OntkoppelDuplicaatDto): CommandRequest {
  return {
    signaalId,
    command: { type: 'OntkoppelDuplicaat', reden: body.reden },
  };
}

export const OntkoppelDuplicaatController = signaalCommandController(ontkoppelDuplicaat, {
  pad: 'signalen/:id/duplicaat-van/ontkoppelen',
  body: OntkoppelDuplicaatDto,
  route: ['wijkmanager', 200, 'De wijkmanager maakt de koppeling als duplicaat ongedaan, met een reden'],
});
