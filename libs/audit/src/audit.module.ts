import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditEventsController, LeesLogboekHandler } from './events/audit-events.query';

/** The global log for auditors: read-only. */
@Module({
  imports: [CqrsModule],
  controllers: [AuditEventsController],
  providers: [LeesLogboekHandler],
})
export class AuditModule {}
