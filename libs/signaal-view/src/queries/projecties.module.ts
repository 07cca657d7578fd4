import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionFeeds } from '@signaalspoor/projections';
import { AgendaController, GeefAgendaHandler } from './agenda/agenda.query';
import { CijfersController, GeefCijfersHandler } from './cijfers/cijfers.query';
import { DuplicatenController, GeefDuplicatenHandler } from './duplicaten/duplicaten.query';
import { GeefJaarverslagHandler, JaarverslagController } from './jaarverslag/jaarverslag.query';
import { HerbouwenController, HerbouwSignalenHandler } from './herbouwen/herbouwen.command';
import { Leesmodel } from './leesmodel';
import { GeefSignaalHandler, SignaalController } from './signaal/signaal.query';
import { LijstSignalenHandler, SignalenLijstController } from './signalen-lijst/signalen-lijst.query';
import { GeefTrajectHandler, TrajectController } from './traject/traject.query';

/** Read models, the queries over them, and their rebuild. */
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
  ],
  providers: [
    ProjectionFeeds,
    Leesmodel,
    GeefSignaalHandler,
    GeefTrajectHandler,
    LijstSignalenHandler,
    GeefCijfersHandler,
    GeefAgendaHandler,
    HerbouwSignalenHandler,
    GeefDuplicatenHandler,
    GeefJaarverslagHandler,
  ],
  exports: [Leesmodel],
})
export class ProjectiesModule {}
