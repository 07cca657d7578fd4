import { BESLUITEN, type Besluit, MAX_LENGTH } from '@signaalspoor/domain';
import { Datum, Keuze, Tekst } from '@signaalspoor/http';
import type { CommandContext, CommandRequest } from '@signaalspoor/signaal-store';
import { dienstCommand, dienstCommandController } from '../dienst-command';

export class BeantwoordDto {
  @Keuze(BESLUITEN)
  besluit!: Besluit;

  @Tekst({ max: MAX_LENGTH.tekst, example: 'Een snelheidsremmer wordt geplaatst in maart.' })
  antwoord!: string;

  @Datum({ optional: true, description: 'wanneer de dienst verwacht te handelen' })
  verwachteDatum?: string;
}

/** The dienst answers a doorsturing with a besluit and its motivation. */
export function beantwoord(
  signaalId: string,
  doorsturingId: string,
  body: BeantwoordDto,
  context: CommandContext,
): CommandRequest {
  return dienstCommand(signaalId, context, {
    type: 'Beantwoord',
    doorsturingId,
    besluit: body.besluit,
    antwoord: body.antwoord,
    verwachteDatum: body.verwachteDatum,
  });
}

export const BeantwoordController = dienstCommandController(beantwoord, {
  pad: 'signalen/:id/doorsturingen/:doorsturingId/antwoord',
  body: BeantwoordDto,
  route: ['dienst', 200, 'De dienst beantwoordt de doorsturing met een besluit en motivering'],
});
