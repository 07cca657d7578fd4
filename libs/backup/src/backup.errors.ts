import { foutKlasse } from '@signaalspoor/domain';

export const BACKUP_FOUTEN = {
  /** the server, a running app or the file stands in the way: nothing was changed */
  BACKUP_GEWEIGERD: 'conflict',
  /** no pg_dump/pg_restore of the server's major version */
  GEEN_PASSENDE_VERSIE: 'unavailable',
  /** not a backup this command made */
  GEEN_BACKUP: 'invalid',
  /** the restored log does not verify: the restore was not put in place */
  LOGBOEK_NIET_INTACT: 'unprocessable',
} as const;

export class BackupFout extends foutKlasse(BACKUP_FOUTEN) {}
