import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONFIG, type Config } from '@signaalspoor/config';
import { LOGBOEK, type Logboek, type Verificatie, verifieerOpgeslagen } from '@signaalspoor/logboek';
import { PG_POOL } from '@signaalspoor/database';
import type { Pool } from 'pg';
import { AuditFout } from '../audit.errors';
import { Checkpointer } from '../checkpoints/checkpointer';
import { AuditController, AuditRoute } from '../audit-route';

export class VerifieerLogboek {}

class AfwijkingDto {
  @ApiProperty() positie!: number;
  @ApiProperty() reden!: string;
}

class VerificatieDto implements Verificatie {
  @ApiProperty() intact!: boolean;
  @ApiProperty({ description: 'de events gecontroleerd voor de eerste afwijking (alle, als het intact is)' })
  gecontroleerd!: number;
  @ApiPropertyOptional({ type: AfwijkingDto }) eersteAfwijking?: AfwijkingDto;
}

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
    return verifieerOpgeslagen(this.pool, {
      // the current key and the earlier ones (AUDIT_SIGNING_KEYS_PREVIOUS): a rotation keeps the past verifiable
      macKey: sleutels,
      checkpoints: await this.checkpointer.file.read(),
      publicKey: sleutels.publicKeyPem,
      eerderePubliekeSleutels: sleutels.eerdere.map((eerder) => eerder.publicKeyPem),
    });
  }
}

@AuditController('verificatie')
export class VerificatieController {
  constructor(private readonly queries: QueryBus) {}

  @AuditRoute(
    'Controleert elk bewaard event (zegel, hashketen, volgorde) en de kop tegen het laatste ondertekende checkpoint',
    VerificatieDto,
  )
  verifieer(): Promise<Verificatie> {
    return this.queries.execute(new VerifieerLogboek());
  }
}
