import { Logger, type DynamicModule } from '@nestjs/common';
import { ConfigError, loadConfig, type Config } from '@signaalspoor/config';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { createHttpApp, serviceLogger } from './http-app';

/** First wait before asking the database again at start-up, doubled up to the maximum. */
const DATABASE_WAIT_MS = { initial: 500, max: 10_000 };

/**
 * Starts one composition: validates the configuration (a bad value stops the process with a
 * message naming it), waits for the configured PostgreSQL server with backoff, builds the Nest app
 * with the shared HTTP edge and listens on PORT. Kafka is not waited for: consumers and the relay
 * connect in the background, and readiness says when they follow the bus. On SIGTERM or SIGINT it
 * closes the app (modules stop their work, consumers leave their group) and logs one line.
 */
export async function runService(title: string, compose: (config: Config) => DynamicModule): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  Logger.overrideLogger(serviceLogger());
  const logger = new Logger(title);
  if (config.databaseUrl) await waitForDatabase(config.databaseUrl, logger);
  const app = await createHttpApp(compose(config), title);
  await app.listen(config.port);
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      const started = Date.now();
      app.close().then(
        () => {
          logger.log(`${title} gestopt (${signal}, ${Date.now() - started} ms)`);
          process.exit(0);
        },
        (error: unknown) => {
          logger.error(`${title} niet netjes gestopt (${signal}): ${(error as Error).message}`);
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
      ? '; demo-tokens: npm run -s token -- <rol> [id], bv. npm run -s token -- raad dr-kermt'
      : '';
  logger.log(
    `${title} draait op ${url} (API: ${url}/api, documentatie: ${url}/api/docs; data: ${data}${demo})`,
  );
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
