import { Logger, Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { CONFIG, type Config } from '@signaalspoor/config';
import { PG_POOL, Readiness } from '@signaalspoor/database';
import { feedGezond } from '@signaalspoor/projections';
import { ReferenceData } from '@signaalspoor/reference-data';
import { Leesmodel } from '@signaalspoor/signaal-view';
import type { Pool } from 'pg';
import { BeheerMailsController } from './beheer-mails/beheer-mails.controller';
import { LogMailAdapter } from './log/log-mail.adapter';
import { MailVerzender } from './mail-verzender';
import type { MailPort } from './mail.port';
import { MeldingenProces } from './meldingen.proces';
import { SmtpMailAdapter } from './smtp/smtp-mail.adapter';
import { VoorkeurenController } from './voorkeuren/voorkeuren.controller';

const logger = new Logger('Meldingen');

/** SMTP when SMTP_URL is set; outside production the log (and the outbox); in production nothing. */
export function mailAdapter(config: Config): MailPort | undefined {
  if (config.mail.smtpUrl) return new SmtpMailAdapter(config.mail.smtpUrl);
  if (config.nodeEnv !== 'production') return new LogMailAdapter(logger);
  logger.error('SMTP_URL is not set: mails wait in the outbox, readiness reports meldingen down');
  return undefined;
}

/**
 * E-mail notifications: the mail process manager (it follows the fold of this process's signaal
 * view, in its transactions: import SignaalViewModule too), the sender, the beheerder's view of the
 * outbox and the preferences.
 */
@Module({
  controllers: [BeheerMailsController, VoorkeurenController],
  providers: [
    {
      provide: MeldingenProces,
      inject: [Leesmodel, ReferenceData, CONFIG],
      // joins the fold before the view's feed starts (feeds start in onModuleInit)
      useFactory: (leesmodel: Leesmodel, referentie: ReferenceData, config: Config) => {
        const proces = new MeldingenProces(referentie, {
          publicUrl: config.mail.publicUrl,
          from: config.mail.from,
        });
        leesmodel.projectie.volgMet(proces);
        return proces;
      },
    },
    {
      provide: MailVerzender,
      inject: [PG_POOL, CONFIG],
      useFactory: (pool: Pool, config: Config) =>
        new MailVerzender(pool, mailAdapter(config), {
          from: config.mail.from,
          publicUrl: config.mail.publicUrl,
          logger,
        }),
    },
  ],
  exports: [MailVerzender],
})
export class MeldingenModule implements OnModuleInit, OnModuleDestroy {
  constructor(
    private readonly leesmodel: Leesmodel,
    private readonly verzender: MailVerzender,
    private readonly readiness: Readiness,
  ) {}

  async onModuleInit(): Promise<void> {
    this.readiness.register('meldingen', async () => {
      const [proces, verzending] = await Promise.all([
        this.leesmodel.signalen.status(),
        this.verzender.status(),
      ]);
      return {
        ok: feedGezond(proces).ok && verzending.ok,
        details: { proces, ...verzending.details },
      };
    });
    this.verzender.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.verzender.stop();
  }
}
