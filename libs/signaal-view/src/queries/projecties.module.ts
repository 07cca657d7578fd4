import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AgendaController, GeefAgendaHandler } from './agenda/agenda.query';
import { CijfersController, GeefCijfersHandler } from './cijfers/cijfers.query';
import { DuplicatenController, GeefDuplicatenHandler } from './duplicaten/duplicaten.query';
import { GeefJaarverslagHandler, JaarverslagController } from './jaarverslag/jaarverslag.query';
import { HerbouwenController, HerbouwSignalenHandler } from './herbouwen/herbouwen.command';
import { GeefSignaalHandler, SignaalController } from './signaal/signaal.query';
import { GeefSuggestiesHandler, SuggestiesController } from './suggesties/suggesties.query';
import { LijstSignalenHandler, SignalenLijstController } from './signalen-lijst/signalen-lijst.query';
import { GeefTrajectHandler, TrajectController } from './traject/traject.query';

/** The queries over the signaal view (SignaalViewModule), and its rebuild. */
@Module({
  imports: [CqrsModule],
  controllers: [
    SignalenLijstController,
    SignaalController,
    TrajectController,
    CijfersController,
    AgendaController,
    HerbouwenController,
    DuplicatenController,
    JaarverslagController,
    SuggestiesController,
  ],
  providers: [
    GeefSignaalHandler,
    GeefTrajectHandler,
    LijstSignalenHandler,
    GeefCijfersHandler,
    GeefAgendaHandler,
    HerbouwSignalenHandler,
    GeefDuplicatenHandler,
    GeefJaarverslagHandler,
    GeefSuggestiesHandler,
  ],
})
export class ProjectiesModule {}
