import { MAX_LENGTH } from '@signaalspoor/domain';
import { Tekst } from '@signaalspoor/http';
import type { CommandRequest } from '@signaalspoor/signaal-store';
import { signaalCommandController } from '../signaal-command';

export class HeropenDto {
  @Tekst({ max: MAX_LENGTH.tekst, example: 'Er is nog altijd geen oplossing voor de avondspits.' })
  reden!: string;
}

/** The raad does not accept the final feedback: back to the wijkmanager. */
export function heropen(signaalId: string, body: HeropenDto): CommandRequest {
  return { signaalId, command: { type: 'Heropen', reden: body.reden } };
}

export const HeropenController = signaalCommandController(heropen, {
  pad: 'signalen/:id/heropenen',
  body: HeropenDto,
  route: ['raad', 200, 'De raad aanvaardt de definitieve terugkoppeling niet en heropent het signaal'],
});
