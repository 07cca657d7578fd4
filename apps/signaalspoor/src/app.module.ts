import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditModule } from '@signaalspoor/audit';
import type { Config } from '@signaalspoor/config';
import { ExportModule } from '@signaalspoor/exports';
import { GetuigeMailModule, MeldingenModule } from '@signaalspoor/meldingen';
import { MessagingModule, RelayModule } from '@signaalspoor/messaging';
import { PlatformModule } from '@signaalspoor/platform';
import { PrivacyModule } from '@signaalspoor/privacy';
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
@Module({})
export class AppModule {
  static forRoot(config: Config): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        PlatformModule.forRoot(config),
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
      ],
    };
  }
}
