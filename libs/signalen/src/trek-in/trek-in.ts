import { MAX_LENGTH } from '@signaalspoor/domain';
import { Tekst } from '@signaalspoor/http';
import type { CommandRequest } from '@signaalspoor/signaal-store';
import { signaalCommandController } from '../signaal-command';

export class TrekInDto {
  @Tekst({ max: MAX_LENGTH.tekst, optional: true })
  reden?: string;
}

/** The raad withdraws its signaal. */
export function trekIn(signaalId: string, body: TrekInDto): CommandRequest {
  return { signaalId, command: { type: 'TrekIn', reden: body.reden } };
}

export const TrekInController = signaalCommandController(trekIn, {
  pad: 'signalen/:id/intrekken',
  body: TrekInDto,
  route: ['raad', 200, 'De raad trekt het signaal in'],
});
