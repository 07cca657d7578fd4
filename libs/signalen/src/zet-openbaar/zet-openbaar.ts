import { MAX_LENGTH } from '@signaalspoor/domain';
import { JaNee, Tekst } from '@signaalspoor/http';
import { type CommandContext, type CommandRequest } from '@signaalspoor/signaal-store';
import { signaalCommandController } from '../signaal-command';

export class ZetOpenbaarDto {
  @JaNee({ description: 'true: bewoners zien het signaal op de publieke pagina van de raad' })
  openbaar!: boolean;

  @Tekst({
    max: MAX_LENGTH.tekst,
    optional: true,
    description: 'verplicht wanneer de wijkmanager het signaal van de publieke pagina haalt; de raad ziet ze',
    example: 'De omschrijving noemt een bewoner bij naam.',
  })
  reden?: string;
}

/**
 * Whether residents may see the signaal. The raad publishes its own signaal or takes it back; the
 * signaal's wijkmanager withdraws it (with a reason) or lifts that withdrawal. The domain decides
 * what each may do (`ZetOpenbaar` in libs/domain).
 */
export function zetOpenbaar(
  signaalId: string,
  body: ZetOpenbaarDto,
  context: CommandContext,
): CommandRequest {
  const door = context.actor.rol === 'wijkmanager' ? 'wijkmanager' : 'raad';
  return {
    signaalId,
    command: { type: 'ZetOpenbaar', openbaar: body.openbaar, door, reden: body.reden },
  };
}

export const ZetOpenbaarController = signaalCommandController(zetOpenbaar, {
  pad: 'signalen/:id/openbaar',
  body: ZetOpenbaarDto,
  route: [
    ['raad', 'wijkmanager'],
    200,
    'De raad kiest of bewoners het signaal zien; de wijkmanager kan het (met een reden) van de publieke pagina halen',
  ],
});
