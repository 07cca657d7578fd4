import { Logger, Module } from '@nestjs/common';
import { CONFIG, type Config } from '@signaalspoor/config';
import { Getuigen, type Checkpoint, type Getuige } from '@signaalspoor/logboek';
import type { MailPort } from '../mail.port';
import { messageIdVoor } from '../meldingen.proces';
import { mailAdapter } from '../meldingen.module';

/** The mail to the auditors: the signed checkpoint on one line, and what to do with it. */
export function getuigeMail(checkpoint: Checkpoint): { onderwerp: string; tekst: string } {
  const { positie, hash, tijd, handtekening } = checkpoint;
  return {
    onderwerp: `Signaalspoor: logboek ondertekend tot positie ${positie}`,
    tekst: [
      `Signaalspoor heeft het logboek ondertekend tot positie ${positie} (${tijd}).`,
      '',
      'Bewaar de regel hieronder buiten Signaalspoor, bijvoorbeeld in een bestand getuige.jsonl. Een',
      'export van het logboek wordt ertegen gecontroleerd met',
      '  npm run audit -- verify logboek.jsonl --publieke-sleutel publiek.pem --getuige getuige.jsonl',
      '',
      JSON.stringify({ positie, hash, tijd, handtekening }),
      '',
      'Wie de database en de sleutel in handen heeft, kan het logboek herschrijven en opnieuw',
      'ondertekenen, maar deze mail niet terughalen.',
    ].join('\n'),
  };
}

/**
 * AUDIT_WITNESS_MAIL: the auditors' mailbox witnesses the log. At most one mail per interval
 * (AUDIT_WITNESS_MAIL_INTERVAL_MS), with the newest checkpoint, which covers every row before it;
 * one mail to every address. The addresses come from the environment, not the reference data:
 * that lives in the database, whose administrator could redirect the witness.
 */
export class MailGetuige implements Getuige {
  readonly naam = 'mail';

  constructor(
    private readonly port: MailPort,
    private readonly options: { aan: string[]; van: string; minIntervalMs: number },
  ) {}

  get minIntervalMs(): number {
    return this.options.minIntervalMs;
  }

  async getuig(checkpoint: Checkpoint): Promise<void> {
    const aan = this.options.aan.join(', ');
    await this.port.send({
      van: this.options.van,
      aan,
      ...getuigeMail(checkpoint),
      // the same checkpoint gets the same id: a retry after an unknown outcome is one mail
      messageId: messageIdVoor(`checkpoint ${checkpoint.positie} ${checkpoint.hash}`, aan, this.options.van),
    });
  }

  close(): Promise<void> {
    return this.port.close();
  }
}

/**
 * Registers the auditors' mailbox as a witness of the checkpoints (when AUDIT_WITNESS_MAIL is set)
 * through this lib's mail port. Imported by the compositions that make checkpoints (the all-in-one
 * app and the audit service), next to AuditModule.
 */
@Module({
  providers: [
    {
      provide: MailGetuige,
      inject: [Getuigen, CONFIG],
      useFactory: (getuigen: Getuigen, config: Config) => {
        const port = config.audit.witnessMail.length > 0 ? mailAdapter(config) : undefined;
        if (!port) return null;
        const getuige = new MailGetuige(port, {
          aan: config.audit.witnessMail,
          van: config.mail.from,
          minIntervalMs: config.audit.witnessMailIntervalMs,
        });
        getuigen.register(getuige);
        new Logger('Getuigen').log(`Checkpoints mailed to ${config.audit.witnessMail.join(', ')}`);
        return getuige;
      },
    },
  ],
})
export class GetuigeMailModule {}
