import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AgendaController, GeefAgendaHandler } from './agenda/agenda.query';
import { CijfersController, GeefCijfersHandler } from './cijfers/cijfers.query';
import { Leesmodel } from './leesmodel';
import { ProjectionFeeds } from './projection-feeds';
import { GeefSignaalHandler, SignaalController } from './signaal/signaal.query';
import { LijstSignalenHandler, SignalenLijstController } from './signalen-lijst/signalen-lijst.query';
import { GeefTrajectHandler, TrajectController } from './traject/traject.query';

/** Read models and the queries over them. */
@Module({
  imports: [CqrsModule],
  controllers: [
    SignalenLijstController,
    SignaalController,
    TrajectController,
    CijfersController,
    AgendaController,
  ],
  providers: [
    ProjectionFeeds,
    Leesmodel,
    GeefSignaalHandler,
    GeefTrajectHandler,
    LijstSignalenHandler,
    GeefCijfersHandler,
    GeefAgendaHandler,
  ],
  exports: [Leesmodel],
})
export class ProjectiesModule {}
