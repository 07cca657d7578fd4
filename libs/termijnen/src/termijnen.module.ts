import { Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { CONFIG, type Config } from '@signaalspoor/config';
import { PG_POOL, Readiness } from '@signaalspoor/database';
import { SignaalViewRepository } from '@signaalspoor/signaal-view';
import { SignaalRepository } from '@signaalspoor/signaal-store';
import type { Pool } from 'pg';
import { TermijnenProcessManager } from './termijnen.process-manager';

/**
 * Runs the deadline process manager with the composition: starts it with the module, waits for its
 * run in flight on shutdown, and reports it for readiness.
 *
 * It finds the signalen that owe a command through the SignaalViewRepository (the read model
 * `projectie.signalen`, whose writer keeps each signaal's next action under its own deadline policy),
 * read with the platform's pool. A row written under another policy than this process's is read as
 * a candidate too, so two processes configured differently stay correct (only less selective).
 * In the all-in-one app the ProjectiesModule keeps that table in the same database. In the services
 * topology the signalen service reads the table the projecties service keeps, so both must use the
 * same PostgreSQL database (one DATABASE_URL, as in docker-compose.yml); until the table exists the
 * manager finds nothing to do. That is the simplest correct choice: the read model only nominates
 * candidates, and each command is checked again on the signaal's own stream before it is appended
 * (see TermijnenProcessManager), so a lagging read model delays a report but never makes a wrong one.
 * A projection of its own would duplicate the signalen projection and its checkpointing.
 */
@Module({
  providers: [
    {
      provide: TermijnenProcessManager,
      inject: [SignaalRepository, PG_POOL, CONFIG],
      useFactory: (repository: SignaalRepository, pool: Pool, config: Config) => {
        const { intervalMs, ...beleid } = config.termijnen;
        return new TermijnenProcessManager(repository, new SignaalViewRepository(pool), {
          beleid,
          intervalMs,
        });
      },
    },
  ],
  exports: [TermijnenProcessManager],
})
export class TermijnenModule implements OnModuleInit, OnModuleDestroy {
  constructor(
    private readonly manager: TermijnenProcessManager,
    private readonly readiness: Readiness,
  ) {}

  onModuleInit(): void {
    this.readiness.register('termijnen', async () => this.manager.status());
    this.manager.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.manager.stop();
  }
}
