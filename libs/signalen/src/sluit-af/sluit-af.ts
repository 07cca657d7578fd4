import { Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandRoute, CommandVerzoek, UuidPipe } from '@signaalspoor/http';
import { SignaalCommandHandler, type CommandRequest } from '@signaalspoor/signaal-store';

/** The raad accepts the final feedback and closes the signaal. */
export function sluitAf(signaalId: string): CommandRequest {
  return { signaalId, handelaar: 'raad', command: { type: 'SluitAf' } };
}

@ApiTags('signalen')
@Controller('signalen/:id/afsluiten')
export class SluitAfController {
  constructor(private readonly commands: SignaalCommandHandler) {}

  @CommandRoute('raad', 200, 'De raad aanvaardt de definitieve terugkoppeling en sluit het signaal af')
  sluitAf(@Param('id', UuidPipe) id: string, @CommandVerzoek() verzoek: CommandVerzoek) {
    return this.commands.handle(sluitAf(id), verzoek);
  }
}
