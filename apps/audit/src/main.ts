import 'reflect-metadata';
import { AuditModule } from '@signaalspoor/audit';
import { composition, runService } from '@signaalspoor/platform';
import { GetuigeMailModule } from '@signaalspoor/meldingen';
import { PrivacyModule } from '@signaalspoor/privacy';

/** The audit service: the global log, read-only; it makes the checkpoints and hands them to the witnesses. */
export const AuditService = composition('audit', () => [
  AuditModule,
  GetuigeMailModule, // the auditors' mailbox witnesses the checkpoints made here
  PrivacyModule,
]);

if (require.main === module) runService('Signaalspoor audit', AuditService.forRoot);
