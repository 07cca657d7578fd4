import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditEventsController, LeesLogboekHandler } from './events/audit-events.query';
import { VerificatieController, VerifieerLogboekHandler } from './verificatie/verificatie.query';

/** The global log for auditors, and the proof that it was not altered: read-only. */
@Module({
  imports: [CqrsModule],
  controllers: [AuditEventsController, VerificatieController],
  providers: [LeesLogboekHandler, VerifieerLogboekHandler],
})
export class AuditModule {}
