import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MAX_LENGTH } from '@signaalspoor/domain';
import { CommandRoute, CommandVerzoek, Tekst, UuidPipe } from '@signaalspoor/http';
import { SignaalCommandHandler, type CommandRequest } from '@signaalspoor/signaal-store';

export class TrekInDto {
  @Tekst({ max: MAX_LENGTH.tekst, optional: true })
  reden?: string;
}

/** The raad withdraws its signaal. */
export function trekIn(signaalId: string, body: TrekInDto): CommandRequest {
  return { signaalId, handelaar: 'raad', command: { type: 'TrekIn', reden: body.reden } };
}

@ApiTags('signalen')
@Controller('signalen/:id/intrekken')
export class TrekInController {
  constructor(private readonly commands: SignaalCommandHandler) {}

  @CommandRoute('raad', 200, 'De raad trekt het signaal in')
  trekIn(
    @Param('id', UuidPipe) id: string,
    @Body() body: TrekInDto,
    @CommandVerzoek() verzoek: CommandVerzoek,
  ) {
    return this.commands.handle(trekIn(id, body), verzoek);
  }
}
