import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditEventsController, LeesLogboekHandler } from './events/audit-events.query';
import { ToestandController, ToestandOpDatumHandler } from './toestand/toestand.query';
import { VerificatieController, VerifieerLogboekHandler } from './verificatie/verificatie.query';

/** For auditors, read-only: the global log, any signaal's state at any moment, and proof the log is intact. */
@Module({
  imports: [CqrsModule],
  controllers: [AuditEventsController, ToestandController, VerificatieController],
  providers: [LeesLogboekHandler, ToestandOpDatumHandler, VerifieerLogboekHandler],
})
export class AuditModule {}
