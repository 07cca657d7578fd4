import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditModule } from '@signaalspoor/audit';
import type { Config } from '@signaalspoor/config';
import { PlatformModule } from '@signaalspoor/platform';
import { ProjectiesModule } from '@signaalspoor/projections';
import { ReferentieModule } from '@signaalspoor/reference-data';
import { SignalenModule } from '@signaalspoor/signalen';
import { StadsdienstenModule } from '@signaalspoor/stadsdiensten';

/** All-in-one: every module in one process, projections fed straight from the event store. */
@Module({})
export class AppModule {
  static forRoot(config: Config): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        PlatformModule.forRoot(config),
        ReferentieModule,
        SignalenModule,
        StadsdienstenModule,
        ProjectiesModule,
        AuditModule,
      ],
    };
  }
}
