import { Module } from '@nestjs/common';
import { VOORAAN } from '@signaalspoor/http';
import { PubliekeAntwoorden } from './antwoorden';
import { FeedController } from './feed/feed.query';
import { Open311Controller } from './open311/open311';
import { PubliekePaginaController } from './pagina/pagina';
import { PubliekeSignalen } from './publieke-signalen';
import { PubliekeSignalenController } from './signalen/publieke-signalen.query';
import { PubliekVooraan } from './vooraan';

/**
 * Open to residents, without login: the public page per raad (`/publiek/{raadId}`), its JSON and
 * Atom feed (`/api/publiek/...`) and Open311 GeoReport v2 (`/open311/v2/...`). Every answer is a
 * query of the signaal view (public signalen only), rendered once per state of the view, cacheable,
 * limited per client address by the edge, and served at the front of the app (PubliekVooraan).
 * Needs the process's SignaalViewModule (the view lives where this module is composed).
 */
@Module({
  controllers: [PubliekeSignalenController, FeedController, PubliekePaginaController, Open311Controller],
  providers: [
    PubliekeSignalen,
    PubliekeAntwoorden,
    PubliekVooraan,
    { provide: VOORAAN, useExisting: PubliekVooraan },
  ],
})
export class PubliekModule {}
