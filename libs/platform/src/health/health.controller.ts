import {
  applyDecorators,
  Controller,
  Get,
  Inject,
  Logger,
  Res,
  ServiceUnavailableException,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
} from '@nestjs/terminus';
import { Publiek } from '@signaalspoor/auth';
import { PG_POOL, Readiness } from '@signaalspoor/database';
import { RETRY_AFTER_SECONDS, zonderInterne } from '@signaalspoor/http';
import { EVENT_STORE, type EventStore } from '@signaalspoor/event-store';
import type { Response } from 'express';
import type { Pool } from 'pg';
import { Liveness } from './liveness';
import { ProbeLog, type CheckOutcomes } from './probe-log';

/** How long readiness waits for the append lock: an append in flight holds it for milliseconds. */
const APPEND_LOCK_WAIT_MS = 500;
/** A probe that takes longer than this counts as down (an unreachable host, a hung connection). */
const PROBE_LIMIT_MS = 2_000;

type Probe = () => Promise<{ ok: boolean; details?: Record<string, unknown> }>;

/** A public probe endpoint of terminus, in the OpenAPI document with its summary. */
const ProbeEndpoint = (path: string, summary: string) =>
  applyDecorators(Get(path), Publiek(), HealthCheck(), ApiOperation({ summary }));

/** Terminus without its own log (a JSON line per failed probe): HealthController logs state changes. */
export const TERMINUS_OPTIONS = { logger: false } as const;

@ApiTags('beheer')
@Controller('health')
export class HealthController {
  private readonly log = {
    live: new ProbeLog('liveness', new Logger('Health')),
    ready: new ProbeLog('readiness', new Logger('Health')),
  };

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly readiness: Readiness,
    private readonly liveness: Liveness,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @ProbeEndpoint(
    'live',
    'Liveness: het proces kan op eigen kracht verder (een afwezige databank maakt alleen readiness rood)',
  )
  live(@Res({ passthrough: true }) response: Response) {
    return this.run(
      response,
      this.log.live,
      this.liveness.entries().map(([name, probe]) => [name, async () => probe()]),
    );
  }

  @ProbeEndpoint(
    'ready',
    'Readiness: database, schrijfpad van de event store en wat de modules registreren (projecties, relay, Kafka)',
  )
  ready(@Res({ passthrough: true }) response: Response) {
    return this.run(response, this.log.ready, [
      ['database', async () => (await this.pool.query('SELECT 1'), { ok: true })],
      [
        'eventStore',
        async () => {
          // the write path: would an append get its lock now? (a lock wait, never a write)
          await this.store.probeAppend?.(APPEND_LOCK_WAIT_MS);
          return { ok: true, details: { head: await this.store.headPosition() } };
        },
      ],
      ...this.readiness.entries(),
    ]);
  }

  /** Every probe, each within PROBE_LIMIT_MS, answered and logged by report. */
  private run(response: Response, log: ProbeLog, probes: [name: string, probe: Probe][]) {
    return report(response, log, this.health.check(probes.map(([name, probe]) => this.check(name, probe))));
  }

  private check(name: string, probe: Probe) {
    return async () => {
      const indicator = this.indicators.check(name);
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_LIMIT_MS} ms`)), PROBE_LIMIT_MS);
      });
      try {
        const { ok, details } = await Promise.race([probe(), limit]);
        return ok ? indicator.up(details) : indicator.down(details);
      } catch (error) {
        return indicator.down({ error: (error as Error).message });
      } finally {
        clearTimeout(timer);
      }
    };
  }
}

/**
 * A failed check answers 503 with Retry-After and the per-check details, not the API's generic error
 * body; error texts that would show internals (addresses, SQL) are replaced, the log keeps them.
 */
async function report(
  response: Response,
  log: ProbeLog,
  check: Promise<HealthCheckResult>,
): Promise<unknown> {
  try {
    const result = await check;
    log.record(result.details as CheckOutcomes);
    return result;
  } catch (error) {
    if (!(error instanceof ServiceUnavailableException)) throw error;
    log.record((error.getResponse() as HealthCheckResult).details as CheckOutcomes);
    response.status(503);
    response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    return JSON.parse(JSON.stringify(error.getResponse()), (key, value: unknown) =>
      (key === 'error' || key === 'lastError') && typeof value === 'string' ? zonderInterne(value) : value,
    );
  }
}
