import { Module } from '@nestjs/common';
import { DienSignaalInController } from './dien-signaal-in/dien-signaal-in';
import { GeefVerduidelijkingController } from './geef-verduidelijking/geef-verduidelijking';
import { HeropenController } from './heropen/heropen';
import { KoppelAlsDuplicaatController } from './koppel-als-duplicaat/koppel-als-duplicaat';
import { KoppelTerugController } from './koppel-terug/koppel-terug';
import { OntkoppelDuplicaatController } from './ontkoppel-duplicaat/ontkoppel-duplicaat';
import { SluitAfController } from './sluit-af/sluit-af';
import { StuurDoorController } from './stuur-door/stuur-door';
import { TrekInController } from './trek-in/trek-in';
import { VraagVerduidelijkingController } from './vraag-verduidelijking/vraag-verduidelijking';
import { ZetOpenbaarController } from './zet-openbaar/zet-openbaar';

/**
 * Commands of the raad and the wijkmanager: one file per domain command (route, body, mapping to the
 * domain command); all of them run through the one SignaalCommandHandler (libs/signaal-store).
 */
@Module({
  controllers: [
    DienSignaalInController,
    VraagVerduidelijkingController,
    GeefVerduidelijkingController,
    StuurDoorController,
    KoppelTerugController,
    SluitAfController,
    HeropenController,
    TrekInController,
    KoppelAlsDuplicaatController,
    OntkoppelDuplicaatController,
    ZetOpenbaarController,
  ],
})
export class SignalenModule {}
