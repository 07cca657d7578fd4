import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditModule } from '@signaalspoor/audit';
import type { Config } from '@signaalspoor/config';
import { PlatformModule, runService } from '@signaalspoor/platform';
import { GetuigeMailModule } from '@signaalspoor/meldingen';
import { PrivacyModule } from '@signaalspoor/privacy';

/** The audit service: the global log, read-only; it makes the checkpoints and hands them to the witnesses. */
@Module({})
export class AuditService {
  static forRoot(config: Config): DynamicModule {
    return {
      module: AuditService,
      imports: [
        CqrsModule.forRoot(),
        PlatformModule.forRoot(config, 'audit'),
        AuditModule,
        GetuigeMailModule, // the auditors' mailbox witnesses the checkpoints made here
        PrivacyModule,
      ],
    };
  }
}

if (require.main === module) {
  runService('Signaalspoor audit', (config) => AuditService.forRoot(config)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
