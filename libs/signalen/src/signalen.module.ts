import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AfsluitenController } from './afsluiten/afsluiten.controller';
import { AfsluitenHandler } from './afsluiten/afsluiten.handler';
import { DoorsturenController } from './doorsturen/doorsturen.controller';
import { DuplicaatKoppelenController } from './duplicaat-koppelen/duplicaat-koppelen.controller';
import { DuplicaatKoppelenHandler } from './duplicaat-koppelen/duplicaat-koppelen.handler';
import { DuplicaatOntkoppelenController } from './duplicaat-ontkoppelen/duplicaat-ontkoppelen.controller';
import { DuplicaatOntkoppelenHandler } from './duplicaat-ontkoppelen/duplicaat-ontkoppelen.handler';
import { DoorsturenHandler } from './doorsturen/doorsturen.handler';
import { HeropenenController } from './heropenen/heropenen.controller';
import { HeropenenHandler } from './heropenen/heropenen.handler';
import { IndienenController } from './indienen/indienen.controller';
import { IndienenHandler } from './indienen/indienen.handler';
import { IntrekkenController } from './intrekken/intrekken.controller';
import { IntrekkenHandler } from './intrekken/intrekken.handler';
import { TerugkoppelenController } from './terugkoppelen/terugkoppelen.controller';
import { TerugkoppelenHandler } from './terugkoppelen/terugkoppelen.handler';
import { VerduidelijkingGevenController } from './verduidelijking-geven/verduidelijking-geven.controller';
import { VerduidelijkingGevenHandler } from './verduidelijking-geven/verduidelijking-geven.handler';
import { VerduidelijkingVragenController } from './verduidelijking-vragen/verduidelijking-vragen.controller';
import { VerduidelijkingVragenHandler } from './verduidelijking-vragen/verduidelijking-vragen.handler';

/** Commands of the raad and the wijkmanager. */
@Module({
  imports: [CqrsModule],
  controllers: [
    IndienenController,
    VerduidelijkingVragenController,
    VerduidelijkingGevenController,
    DoorsturenController,
    TerugkoppelenController,
    AfsluitenController,
    HeropenenController,
    IntrekkenController,
    DuplicaatKoppelenController,
    DuplicaatOntkoppelenController,
  ],
  providers: [
    IndienenHandler,
    VerduidelijkingVragenHandler,
    VerduidelijkingGevenHandler,
    DoorsturenHandler,
    TerugkoppelenHandler,
    AfsluitenHandler,
    HeropenenHandler,
    IntrekkenHandler,
    DuplicaatKoppelenHandler,
    DuplicaatOntkoppelenHandler,
  ],
})
export class SignalenModule {}
