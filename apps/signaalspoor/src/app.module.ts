import { AuditModule } from '@signaalspoor/audit';
import { BijlagenModule } from '@signaalspoor/bijlagen';
import { ExportModule } from '@signaalspoor/exports';
import { GetuigeMailModule, MeldingenModule } from '@signaalspoor/meldingen';
import { MessagingModule, RelayModule } from '@signaalspoor/messaging';
import { composition } from '@signaalspoor/platform';
import { PrivacyModule } from '@signaalspoor/privacy';
import { PubliekModule } from '@signaalspoor/publiek';
import { ProjectiesModule, SignaalViewModule } from '@signaalspoor/signaal-view';
import { ReferentieModule } from '@signaalspoor/reference-data';
import { SignalenModule } from '@signaalspoor/signalen';
import { StadsdienstenModule } from '@signaalspoor/stadsdiensten';
import { TermijnenModule } from '@signaalspoor/termijnen';
import { WebModule } from '@signaalspoor/web';

/**
 * All-in-one: every module in one process. Without KAFKA_BROKERS the projections read the event
 * store directly (the in-process bus); with it, this process also runs the relay and the
 * projections follow Kafka, like the services do. The deadline process manager reads the
 * projecties' read model.
 */
export const AppModule = composition('signaalspoor', (config) => [
  MessagingModule.forRoot(),
  ...(config.kafkaBrokers ? [RelayModule] : []),
  ReferentieModule,
  SignalenModule,
  SignaalViewModule.forRoot(),
  StadsdienstenModule,
  ProjectiesModule,
  TermijnenModule,
  MeldingenModule,
  ExportModule,
  AuditModule,
  GetuigeMailModule,
  WebModule.forRoot(config),
  PrivacyModule,
  PubliekModule,
  BijlagenModule,
]);
