import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Publiek } from '@signaalspoor/auth';
import { EVENT_STORE, type EventStore } from '@signaalspoor/event-store';
import type { Pool } from 'pg';
import { PG_POOL } from '../tokens';
import { Readiness } from './readiness';

@ApiTags('beheer')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly readiness: Readiness,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get('live')
  @Publiek()
  @ApiOperation({ summary: 'Liveness: het proces draait' })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @Publiek()
  @HealthCheck()
  @ApiOperation({
    summary: 'Readiness: database, event store en wat de modules registreren (projecties, relay, Kafka)',
  })
  ready() {
    const check =
      (name: string, probe: () => Promise<{ ok: boolean; details?: Record<string, unknown> }>) =>
      async () => {
        const indicator = this.indicators.check(name);
        try {
          const { ok, details } = await probe();
          return ok ? indicator.up(details) : indicator.down(details);
        } catch (error) {
          return indicator.down({ error: (error as Error).message });
        }
      };
    return this.health.check([
      check('database', async () => (await this.pool.query('SELECT 1'), { ok: true })),
      check('eventStore', async () => ({ ok: true, details: { head: await this.store.headPosition() } })),
      ...this.readiness.entries().map(([name, probe]) => check(name, probe)),
    ]);
  }
}
