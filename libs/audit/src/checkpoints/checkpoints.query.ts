import { Inject } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { LOGBOEK, type Checkpoint, type Logboek } from '@signaalspoor/logboek';
import { Checkpointer } from './checkpointer';
import { AuditController, AuditRoute } from '../audit-route';

class CheckpointDto implements Checkpoint {
  @ApiProperty() positie!: number;
  @ApiProperty({ description: 'de hash van de keten tot die positie' }) hash!: string;
  @ApiProperty({ format: 'date-time' }) tijd!: string;
  @ApiProperty({ description: 'Ed25519 over positie, hash en tijd (canonieke JSON), base64' })
  handtekening!: string;
}

class CheckpointsDto {
  @ApiProperty({ description: 'de publieke sleutel (PEM) om de handtekeningen te controleren' })
  publiekeSleutel!: string;
  @ApiProperty({ type: [CheckpointDto] }) items!: CheckpointDto[];
}

@AuditController('checkpoints')
export class CheckpointsController {
  constructor(
    private readonly checkpointer: Checkpointer,
    @Inject(LOGBOEK) private readonly logboek: Logboek,
  ) {}

  @AuditRoute(
    'De ondertekende checkpoints van de kop van het logboek (positie, hash, tijd; Ed25519) en de publieke sleutel',
    CheckpointsDto,
  )
  async checkpoints(): Promise<CheckpointsDto> {
    return {
      publiekeSleutel: this.logboek.sleutels.publicKeyPem,
      items: await this.checkpointer.file.read(),
    };
  }
}
