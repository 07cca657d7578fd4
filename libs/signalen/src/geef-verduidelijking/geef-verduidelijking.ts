import { MAX_LENGTH } from '@signaalspoor/domain';
import { Tekst } from '@signaalspoor/http';
import type { CommandRequest } from '@signaalspoor/signaal-store';
import { signaalCommandController } from '../signaal-command';

export class GeefVerduidelijkingDto {
  @Tekst({ max: MAX_LENGTH.tekst, example: 'Het gaat om de Kerkstraat ter hoogte van nummer 12.' })
  antwoord!: string;
}

/** The raad answers the wijkmanager's question. */
export function geefVerduidelijking(signaalId: string, body: GeefVerduidelijkingDto): CommandRequest {
  return {
    signaalId,
    command: { type: 'GeefVerduidelijking', antwoord: body.antwoord },
  };
}

export const GeefVerduidelijkingController = signaalCommandController(geefVerduidelijking, {
  pad: 'signalen/:id/verduidelijkingen',
  body: GeefVerduidelijkingDto,
  route: ['raad', 200, 'De raad geeft de gevraagde verduidelijking'],
});
