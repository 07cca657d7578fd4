import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Rollen } from '@signaalspoor/auth';
import { LOGBOEK, type Logboek } from '@signaalspoor/logboek';
import { Checkpointer } from './checkpointer';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/checkpoints')
export class CheckpointsController {
  constructor(
    private readonly checkpointer: Checkpointer,
    @Inject(LOGBOEK) private readonly logboek: Logboek,
  ) {}

  @Get()
  @Rollen('auditor')
  @ApiOperation({
    summary:
      'De ondertekende checkpoints van de kop van het logboek (positie, hash, tijd; Ed25519) en de publieke sleutel',
  })
  async checkpoints() {
    return {
      publiekeSleutel: this.logboek.sleutels.publicKeyPem,
      items: await this.checkpointer.file.read(),
    };
  }
}
