import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Publiek } from '@signaalspoor/auth';
import { gauge, metricsRegistry } from '@signaalspoor/metrics';
import { Readiness } from '@signaalspoor/database';

const ready = gauge('signaalspoor_ready', 'Whether a readiness check passes (1) or not (0)', ['check']);
const lagEvents = gauge('signaalspoor_lag_events', 'Events a projection, consumer or relay is behind', [
  'check',
]);
const lagSeconds = gauge('signaalspoor_lag_seconds', 'Age of the oldest event a consumer has not applied', [
  'check',
]);

/**
 * The process's metrics in Prometheus text format (prom-client). A scrape also runs the readiness
 * checks the modules registered: each one's outcome, and the `lag` (events) and `lagSeconds` its
 * details carry, become gauges labelled with the check's name.
 */
@ApiTags('beheer')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly readiness: Readiness) {}

  @Get()
  @Publiek()
  @Header('Content-Type', metricsRegistry.contentType)
  @ApiProduces('text/plain')
  @ApiOperation({
    summary: 'Metrics in Prometheus-formaat: commando’s, vertraging van projecties en consumers',
  })
  async metrics(): Promise<string> {
    ready.reset();
    lagEvents.reset();
    lagSeconds.reset();
    await Promise.all(
      this.readiness.entries().map(async ([check, probe]) => {
        const result = await probe().catch(() => ({ ok: false, details: undefined }));
        ready.set({ check }, result.ok ? 1 : 0);
        const { lag, lagSeconds: seconds } = (result.details ?? {}) as {
          lag?: unknown;
          lagSeconds?: unknown;
        };
        if (typeof lag === 'number') lagEvents.set({ check }, lag);
        if (typeof seconds === 'number') lagSeconds.set({ check }, seconds);
      }),
    );
    return metricsRegistry.metrics();
  }
}
