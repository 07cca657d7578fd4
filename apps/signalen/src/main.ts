import 'reflect-metadata';
import { BijlagenModule } from '@signaalspoor/bijlagen';
import { MeldingenModule } from '@signaalspoor/meldingen';
import { MessagingModule } from '@signaalspoor/messaging';
import { composition, runService } from '@signaalspoor/platform';
import { ReferentieModule } from '@signaalspoor/reference-data';
import { SignalenModule } from '@signaalspoor/signalen';
import { MELDINGEN_KOPIE, SignaalViewModule } from '@signaalspoor/signaal-view';
import { TermijnenModule } from '@signaalspoor/termijnen';
import { WebModule } from '@signaalspoor/web';

/**
 * The signalen service: commands of the raad and the wijkmanager, the reference data, and the
 * deadline process manager (it reads projectie.signalen: share the projecties service's database)
 * and the mail process manager (it follows the fold of this service's own copy of the signaal view,
 * fed from Kafka; the live stream reads that copy too).
 */
export const SignalenService = composition('signalen', (config) => [
  MessagingModule.forRoot(),
  SignaalViewModule.forRoot(MELDINGEN_KOPIE),
  ReferentieModule,
  SignalenModule,
  TermijnenModule,
  WebModule.forRoot(config), // /api/auth and /api/stroom behind the gateway
  MeldingenModule,
  BijlagenModule, // the upload (POST) behind the gateway; reads go to projecties
]);

if (require.main === module) runService('Signaalspoor signalen', SignalenService.forRoot);
