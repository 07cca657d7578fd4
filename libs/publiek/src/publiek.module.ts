import { Inject, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { CONFIG, type Config } from '@signaalspoor/config';
import { PubliekeAntwoorden } from './antwoorden';
import { FeedController } from './feed/feed.query';
import { publiekLimiet } from './limiet';
import { Open311Controller } from './open311/open311';
import { PubliekePaginaController } from './pagina/pagina';
import { PubliekeSignalen } from './publieke-signalen';
import { PubliekeSignalenController } from './signalen/publieke-signalen.query';

const CONTROLLERS = [PubliekeSignalenController, FeedController, PubliekePaginaController, Open311Controller];

/**
 * Open to residents, without login: the public page per raad (`/publiek/{raadId}`), its JSON and
 * Atom feed (`/api/publiek/...`) and Open311 GeoReport v2 (`/open311/v2/...`). Every answer is a
 * query of the signaal view (public signalen only), cacheable, and limited per client address.
 * Needs the process's SignaalViewModule (the view lives where this module is composed).
 */
@Module({ controllers: CONTROLLERS, providers: [PubliekeSignalen, PubliekeAntwoorden] })
export class PubliekModule implements NestModule {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  configure(consumer: MiddlewareConsumer): void {
    if (this.config.publiekLimietPerMinuut > 0) {
      consumer.apply(publiekLimiet(this.config.publiekLimietPerMinuut)).forRoutes(...CONTROLLERS);
    }
  }
}
