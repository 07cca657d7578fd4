import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ProjectionFeeds } from '@signaalspoor/projections';
import { Leesmodel, PROJECTIES_KOPIE, SIGNAAL_VIEW_KOPIE, type SignaalViewKopie } from './leesmodel';

/**
 * The signaal view of this process, fed from the log (or Kafka), for every module that reads it:
 * the composition root imports it once, with the copy this process keeps.
 */
@Global()
@Module({})
export class SignaalViewModule {
  static forRoot(kopie: SignaalViewKopie = PROJECTIES_KOPIE): DynamicModule {
    return {
      module: SignaalViewModule,
      providers: [ProjectionFeeds, Leesmodel, { provide: SIGNAAL_VIEW_KOPIE, useValue: kopie }],
      exports: [Leesmodel],
    };
  }
}
