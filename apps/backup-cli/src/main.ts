// The operator's backup and restore: `npm run backup -- <file>`, `npm run restore -- <file>
// [--aanvaard-verlies]`, with the app's own configuration (DATABASE_URL or the embedded data dir).
// Exit code 0: done; 1: refused or not intact (nothing replaced); 2: wrong use.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupFout, herstelBackup, maakBackup } from '@signaalspoor/backup';
import { ConfigError, loadConfig } from '@signaalspoor/config';

const USAGE = `gebruik:
  npm run backup -- <bestand>
  npm run restore -- <bestand> [--aanvaard-verlies]
De database is die van de app: DATABASE_URL, of de ingebedde in SIGNAALSPOOR_DATA_DIR.
De sleutelmap (SIGNAALSPOOR_KEY_DIR) en AUDIT_SIGNING_KEY zitten niet in de backup: bewaar ze apart.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { 'aanvaard-verlies': { type: 'boolean' } },
  });
  if (!['backup', 'restore'].includes(command) || positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  // npm runs scripts in the project's root; the file is named from where the operator typed it
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
  const config = loadConfig();
  if (command === 'backup') {
    const manifest = await maakBackup(config, file);
    console.log(
      `backup gemaakt: ${file} (${manifest.soort === 'embedded' ? 'ingebedde database, fysieke kopie' : 'pg_dump'}, PostgreSQL ${manifest.postgres})`,
    );
    console.log(
      'niet in de backup: de sleutelmap (SIGNAALSPOOR_KEY_DIR) en de sleutel van het logboek; bewaar die apart',
    );
    return 0;
  }
  const herstel = await herstelBackup(config, file, { aanvaardVerlies: values['aanvaard-verlies'] });
  if (!herstel.intact) {
    console.error(
      `GEWEIGERD: het logboek in de backup is niet intact: positie ${herstel.eersteAfwijking?.positie}: ${herstel.eersteAfwijking?.reden}. De database is niet vervangen.`,
    );
    // the verifier's words for a log that ends before its latest checkpoint
    if (herstel.eersteAfwijking?.reden.includes('events zijn verwijderd')) {
      console.error(
        'Is de backup ouder dan het laatste checkpoint, dan gaan de latere events verloren; aanvaard dat met --aanvaard-verlies.',
      );
    }
    return 1;
  }
  console.log(`hersteld: logboek intact, ${herstel.gecontroleerd} events gecontroleerd`);
  if (herstel.vervangen)
    console.log(`de vorige database staat apart als ${herstel.vervangen}; verwijder die als alles klopt`);
  if (herstel.checkpointsApart)
    console.log(`de checkpoints van voor het herstel staan in ${herstel.checkpointsApart}`);
  if (herstel.onleesbarePersonen > 0) {
    console.warn(
      `${herstel.onleesbarePersonen} persoonssleutels zijn versleuteld met een KEK-generatie die sinds de backup vernietigd is (vergeet-verzoeken): die persoonsgegevens blijven onleesbaar`,
    );
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof BackupFout || error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    console.error(error);
    process.exit(1);
  },
);
