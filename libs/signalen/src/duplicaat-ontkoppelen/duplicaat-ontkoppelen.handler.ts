import { CommandHandler } from '@nestjs/cqrs';
import type { OntkoppelDuplicaat } from '@signaalspoor/domain';
import { SignaalActie, SignaalActieHandler } from '@signaalspoor/signaal-store';
import type { DuplicaatOntkoppelenDto } from './duplicaat-ontkoppelen.dto';

export class DuplicaatOntkoppelen extends SignaalActie<DuplicaatOntkoppelenDto> {}

@CommandHandler(DuplicaatOntkoppelen)
export class DuplicaatOntkoppelenHandler extends SignaalActieHandler<DuplicaatOntkoppelen> {
  protected readonly handelaar = 'wijkmanager';

  protected toCommand({ body }: DuplicaatOntkoppelen, at: string): OntkoppelDuplicaat {
    return { type: 'OntkoppelDuplicaat', at, reden: body.reden };
  }
}
