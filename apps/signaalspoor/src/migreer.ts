// `npm run migrate`: brings the database (DATABASE_URL, else the embedded one of the data dir) to this
// release's schema version and exits; the app and every service also do it at start, under the same
// lock. Exit code 0: done; 1: refused or failed, with the reason (docs/operations.md, "Upgrades").
import { loadConfig } from '@signaalspoor/config';
import { migreerDatabase } from '@signaalspoor/platform';

migreerDatabase(loadConfig()).then(
  () => {
    console.log('De database heeft de schemaversie van deze release.');
    process.exit(0);
  },
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
