import { Controller, Get, Inject } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Rollen } from '@signaalspoor/auth';
import { CONFIG, type Config } from '@signaalspoor/config';
import {
  allStoredEvents,
  claimedHead,
  LOGBOEK,
  LogVerifier,
  type Logboek,
  type Verificatie,
} from '@signaalspoor/logboek';
import { PG_POOL } from '@signaalspoor/platform';
import type { Pool } from 'pg';
import { AuditFout } from '../audit.errors';
import { Checkpointer } from '../checkpoints/checkpointer';

export class VerifieerLogboek {}

/**
 * Checks every stored event, from the first to the last row whatever log_head says: positions, the
 * SHA-256 chain, each event's seal (MAC key outside the database), the chain at every signed
 * checkpoint, and the head against the rows and the latest checkpoint.
 */
@QueryHandler(VerifieerLogboek)
export class VerifieerLogboekHandler implements IQueryHandler<VerifieerLogboek> {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(LOGBOEK) private readonly logboek: Logboek,
    private readonly checkpointer: Checkpointer,
  ) {}

  async execute(): Promise<Verificatie> {
    if (this.config.esdbConnectionString) {
      throw new AuditFout(
        'VERIFICATIE_NIET_BESCHIKBAAR',
        'Deze event store houdt geen hashketen bij; verificatie is alleen beschikbaar op PostgreSQL.',
      );
    }
    const { sleutels } = this.logboek;
    const verifier = new LogVerifier({
      macKey: sleutels.macKey,
      checkpoints: await this.checkpointer.file.read(),
      publicKey: sleutels.publicKeyPem,
    });
    const head = await claimedHead(this.pool);
    for await (const event of allStoredEvents(this.pool)) {
      if (!verifier.add(event)) break;
    }
    return verifier.finish(head);
  }
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/verificatie')
export class VerificatieController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Rollen('auditor')
  @ApiOperation({
    summary:
      'Controleert elk bewaard event (zegel, hashketen, volgorde) en de kop tegen het laatste ondertekende checkpoint',
  })
  verifieer(): Promise<Verificatie> {
    return this.queries.execute(new VerifieerLogboek());
  }
}
