import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { PG_POOL } from '@signaalspoor/database';
import type { Pool } from 'pg';
import { BijlagenController } from './lezen/bijlagen.query';
import { BIJLAGEN_OPSLAG, type BijlagenOpslag } from './opslag/bijlagen-opslag';
import { BijlagenOpruiming } from './opslag/opruiming';
import { PostgresBijlagenOpslag } from './opslag/postgres/postgres-bijlagen-opslag';
import { VoegBijlageToeController } from './voeg-toe/voeg-bijlage-toe';

/**
 * Photos and PDFs on a signaal: the upload (a command through the one handler, the bytes behind the
 * BijlagenOpslag port), the reads, and the sweep of bytes no event references. Import SignaalViewModule too: reads go by the signaal's view.
 */
@Module({
  controllers: [VoegBijlageToeController, BijlagenController],
  providers: [
    {
      provide: BIJLAGEN_OPSLAG,
      inject: [PG_POOL],
      useFactory: (pool: Pool) => new PostgresBijlagenOpslag(pool),
    },
    BijlagenOpruiming,
  ],
  exports: [BijlagenOpruiming],
})
export class BijlagenModule implements OnModuleInit {
  constructor(@Inject(BIJLAGEN_OPSLAG) private readonly opslag: BijlagenOpslag) {}

  async onModuleInit(): Promise<void> {
    await this.opslag.migrate();
  }
}
