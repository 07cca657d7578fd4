import { Inject, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { CONFIG, type Config } from '@signaalspoor/config';
import { PubliekeAntwoorden } from './antwoorden';
import { FeedController } from './feed/feed.query';
import { publiekLimiet } from './limiet';
import { voorrang } from './voorrang';
import { Open311Controller } from './open311/open311';
import { PubliekePaginaController } from './pagina/pagina';
import { PubliekeSignalen } from './publieke-signalen';
import { PubliekeSignalenController } from './signalen/publieke-signalen.query';

/** Public requests handled at once, and how many may wait (see voorrang.ts). */
const GELIJKTIJDIG = 4;
const WACHTRIJ = 2000;

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
    const limiet = this.config.publiekLimietPerMinuut;
    consumer
      .apply(...(limiet > 0 ? [publiekLimiet(limiet)] : []), voorrang(GELIJKTIJDIG, WACHTRIJ))
      .forRoutes(...CONTROLLERS);
  }
}
