import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { CONFIG, type Config } from '@signaalspoor/config';
import { EVENT_STORE, type EventStore } from '@signaalspoor/event-store';
import { PG_POOL, Readiness } from '@signaalspoor/platform';
import type { Pool } from 'pg';
import { ProjectionRunner } from '../projection-runner';
import { SignalenProjection } from '../signalen/signalen.projection';

/**
 * The read model of this process: runs the projections, and lets a query wait until they have
 * applied everything committed before it arrived (read-your-writes), within CONSISTENCY_TIMEOUT_MS.
 */
@Injectable()
export class Leesmodel implements OnModuleInit, OnModuleDestroy {
  readonly signalen: ProjectionRunner;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) readonly pool: Pool,
    @Inject(CONFIG) private readonly config: Config,
    private readonly readiness: Readiness,
  ) {
    this.signalen = new ProjectionRunner(store, pool, new SignalenProjection(), {
      logger: new Logger('Projectie'),
    });
  }

  async onModuleInit(): Promise<void> {
    await this.signalen.start();
    this.readiness.register('projecties', async () => {
      const status = await this.signalen.status();
      return { ok: status.state === 'live' || status.state === 'catching-up', details: { ...status } };
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.signalen.stop();
  }

  /** Waits until the projections caught up with the log as it is now; false when that took too long. */
  async bijgewerkt(): Promise<boolean> {
    return this.signalen.waitFor(await this.store.headPosition(), this.config.consistencyTimeoutMs);
  }
}
