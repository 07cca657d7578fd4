import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The one Prometheus registry of a process (prom-client). Every composition serves it at
 * /api/metrics; the libraries add their metrics to it through the helpers below, which return the
 * metric already registered under that name, so tests that start several apps in one process share them.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'signaalspoor_' });

function reuse<T>(name: string, create: () => T): T {
  return (metricsRegistry.getSingleMetric(name) as T | undefined) ?? create();
}

export function counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
  return reuse(name, () => new Counter({ name, help, labelNames, registers: [metricsRegistry] }));
}

export function histogram<L extends string>(
  name: string,
  help: string,
  labelNames: readonly L[],
  buckets: number[] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
): Histogram<L> {
  return reuse(name, () => new Histogram({ name, help, labelNames, buckets, registers: [metricsRegistry] }));
}

/** A gauge whose values `collect` sets when the registry is scraped. */
export function gauge<L extends string>(
  name: string,
  help: string,
  labelNames: readonly L[],
  collect?: (gauge: Gauge<L>) => Promise<void> | void,
): Gauge<L> {
  return reuse(
    name,
    () =>
      new Gauge({
        name,
        help,
        labelNames,
        registers: [metricsRegistry],
        ...(collect && {
          async collect(this: Gauge<L>) {
            this.reset();
            await collect(this);
          },
        }),
      }),
  );
}

const commands = counter('signaalspoor_commands_total', 'Commands handled, per type and outcome', [
  'type',
  'outcome',
]);
const commandDuration = histogram('signaalspoor_command_duration_seconds', 'Time to handle a command', [
  'type',
  'outcome',
]);

/** `ok`, or the error's code (e.g. SIGNAAL_AFGESLOTEN), or its name. */
function outcomeOf(error: unknown): string {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  return typeof code === 'string' ? code : typeof name === 'string' ? name : 'error';
}

/** Counts and times one command of this type, per outcome. */
export async function measureCommand<T>(type: string, run: () => Promise<T>): Promise<T> {
  const end = commandDuration.startTimer({ type });
  let outcome = 'ok';
  try {
    return await run();
  } catch (error) {
    outcome = outcomeOf(error);
    throw error;
  } finally {
    commands.inc({ type, outcome });
    end({ outcome });
  }
}
