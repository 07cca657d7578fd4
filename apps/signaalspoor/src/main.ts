import 'reflect-metadata';
import { ConfigError, loadConfig } from '@signaalspoor/config';
import { createHttpApp } from '@signaalspoor/platform';
import { AppModule } from './app.module';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createHttpApp(AppModule.forRoot(config), 'Signaalspoor');
  await app.listen(config.port);
  const url = `http://localhost:${config.port}`;
  console.log(`\nSignaalspoor draait op ${url}  (API: ${url}/api, documentatie: ${url}/api/docs)`);
  console.log(
    `Data: ${config.databaseUrl ? 'PostgreSQL via DATABASE_URL' : `ingebedde PostgreSQL in ${config.dataDir}`}`,
  );
  if (!config.auth.jwtSecret && !config.auth.oidcIssuer) {
    console.log(
      'Demo-tokens: npm run token -- <rol> [raad-of-dienst-id]   bv. npm run token -- raad dr-kermt',
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
