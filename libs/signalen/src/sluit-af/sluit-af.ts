import type { CommandRequest } from '@signaalspoor/signaal-store';
import { signaalCommandController } from '../signaal-command';

/** The raad accepts the final feedback and closes the signaal. */
export function sluitAf(signaalId: string): CommandRequest {
  return { signaalId, command: { type: 'SluitAf' } };
}

export const SluitAfController = signaalCommandController(sluitAf, {
  pad: 'signalen/:id/afsluiten',
  route: ['raad', 200, 'De raad aanvaardt de definitieve terugkoppeling en sluit het signaal af'],
});
