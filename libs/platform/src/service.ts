import { Logger, type DynamicModule } from '@nestjs/common';
import { ConfigError, loadConfig, type Config } from '@signaalspoor/config';
import { createHttpApp } from './http-app';

/**
 * Starts one composition: validates the configuration (a bad value stops the process with a
 * message naming it), builds the Nest app with the shared HTTP edge and listens on PORT.
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
  const app = await createHttpApp(compose(config), title);
  await app.listen(config.port);
  const url = `http://localhost:${config.port}`;
  const logger = new Logger(title);
  logger.log(`${title} draait op ${url}  (API: ${url}/api, documentatie: ${url}/api/docs)`);
  logger.log(
    config.databaseUrl
      ? 'Data: PostgreSQL via DATABASE_URL'
      : `Data: ingebedde PostgreSQL in ${config.dataDir}`,
  );
  if (!config.auth.jwtSecret && !config.auth.oidcIssuer) {
    logger.log('Demo-tokens: npm run -s token -- <rol> [id]   bv. npm run -s token -- raad dr-kermt');
  }
}
