import 'reflect-metadata';
import { MessagingModule } from '@signaalspoor/messaging';
import { composition, runService } from '@signaalspoor/platform';
import { SignaalViewModule, STADSDIENSTEN_KOPIE } from '@signaalspoor/signaal-view';
import { StadsdienstenModule } from '@signaalspoor/stadsdiensten';

/** The stadsdiensten service: the inbox of each dienst (a query of its own copy of the signaal view) and pickup, answer, send-back. */
export const StadsdienstenService = composition('stadsdiensten', () => [
  MessagingModule.forRoot(),
  // its own copy of the signaal view, fed from Kafka, for the inbox
  SignaalViewModule.forRoot(STADSDIENSTEN_KOPIE),
  StadsdienstenModule,
]);

if (require.main === module) runService('Signaalspoor stadsdiensten', StadsdienstenService.forRoot);
