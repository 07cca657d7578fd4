import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { Checkpointer } from './checkpoints/checkpointer';
import { CheckpointsController } from './checkpoints/checkpoints.query';
import { AuditEventsController, LeesLogboekHandler } from './events/audit-events.query';
import { ExportController } from './export/export.query';
import { VerschilController, VerschilTussenHandler } from './verschil/verschil.query';
import { ToestandController, ToestandOpDatumHandler } from './toestand/toestand.query';
import { VerificatieController, VerifieerLogboekHandler } from './verificatie/verificatie.query';

/**
 * For auditors, read-only: the global log, any signaal's state at any moment, proof the log is intact
 * (verification, signed checkpoints) and the export for offline verification.
 */
@Module({
  imports: [CqrsModule],
  controllers: [
    AuditEventsController,
    ToestandController,
    VerificatieController,
    CheckpointsController,
    ExportController,
    VerschilController,
  ],
  providers: [
    LeesLogboekHandler,
    ToestandOpDatumHandler,
    VerifieerLogboekHandler,
    VerschilTussenHandler,
    Checkpointer,
  ],
  exports: [Checkpointer],
})
export class AuditModule {}
