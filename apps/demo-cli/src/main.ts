// `npm run demo`: fills an empty log (the app's own database: DATABASE_URL, or the embedded one of
// SIGNAALSPOOR_DATA_DIR, as `npm start` uses) with a year of made-up history of the demo raden,
// through the real commands (libs/demo), so a first look at the app shows figures, deadlines,
// suggestions and places. Never in production, never on a log that holds anything.
// Exit code 0: done; 1: refused or failed.
import { Logger } from '@nestjs/common';
import { createPool } from '@signaalspoor/database';
import { ConfigError, loadConfig } from '@signaalspoor/config';
import { maakGeschiedenis } from '@signaalspoor/demo';
import { metEventStore } from '@signaalspoor/platform';
import { loadReferenceData } from '@signaalspoor/reference-data';

async function main(): Promise<number> {
  // the embedded server's own chatter stays out of the way
  Logger.overrideLogger(['log', 'warn', 'error', 'fatal']);
  // before the configuration: production's own requirements would otherwise speak first
  if (process.env.NODE_ENV === 'production') {
    console.error(
      'GEWEIGERD: npm run demo schrijft een verzonnen geschiedenis in het logboek en draait nooit in productie (NODE_ENV=production).',
    );
    return 1;
  }
  const config = loadConfig();
  return metEventStore(config, 'signaalspoor-demo', async (store, databaseUrl) => {
    const head = await store.headPosition();
    if (head > 0) {
      console.error(
        `GEWEIGERD: het logboek is niet leeg (${head} events); npm run demo vult alleen een lege database. ` +
          `Kies een lege datamap (SIGNAALSPOOR_DATA_DIR, nu ${config.dataDir}) of een lege DATABASE_URL.`,
      );
      return 1;
    }
    const pool = createPool(databaseUrl, { max: 1 });
    const { data } = await loadReferenceData(pool, config.referenceDataFile).finally(() => pool.end());
    console.log('Een jaar geschiedenis van de demoraden wordt aangemaakt (een minuutje)...');
    const samenvatting = await maakGeschiedenis(store, data, { eind: new Date() });
    console.log(
      `Klaar: ${samenvatting.signalen} signalen, ${samenvatting.commands} commando's van ${samenvatting.van.slice(0, 10)} tot ${samenvatting.tot.slice(0, 10)}. Start de app met npm start.`,
    );
    return 0;
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
