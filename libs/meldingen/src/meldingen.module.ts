import { Inject, Logger, Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { CONFIG, type Config } from '@signaalspoor/config';
import { EVENT_STORE, type EventStore } from '@signaalspoor/event-store';
import { PG_POOL, Readiness } from '@signaalspoor/database';
import { sharedRunner, type ProjectionRunner } from '@signaalspoor/projections';
import { ReferenceData } from '@signaalspoor/reference-data';
import type { Pool } from 'pg';
import { BeheerMailsController } from './beheer-mails/beheer-mails.controller';
import { LogMailAdapter } from './log/log-mail.adapter';
import { MailVerzender } from './mail-verzender';
import type { MailPort } from './mail.port';
import { MeldingenProjection } from './meldingen.projection';
import { SmtpMailAdapter } from './smtp/smtp-mail.adapter';
import { VoorkeurenController } from './voorkeuren/voorkeuren.controller';

export const MELDINGEN_RUNNER = Symbol('MELDINGEN_RUNNER');
const logger = new Logger('Meldingen');

/** SMTP when SMTP_URL is set; outside production the log (and the outbox); in production nothing. */
export function mailAdapter(config: Config): MailPort | undefined {
  if (config.mail.smtpUrl) return new SmtpMailAdapter(config.mail.smtpUrl);
  if (config.nodeEnv !== 'production') return new LogMailAdapter(logger);
  logger.error('SMTP_URL is not set: mails wait in the outbox, readiness reports meldingen down');
  return undefined;
}

/**
 * E-mail notifications: the mail process manager (a projection of the global log into the outbox,
 * with its own checkpoint), the sender, the beheerder's view of the outbox and the preferences.
 */
@Module({
  controllers: [BeheerMailsController, VoorkeurenController],
  providers: [
    {
      provide: MELDINGEN_RUNNER,
      inject: [EVENT_STORE, PG_POOL],
      useFactory: (store: EventStore, pool: Pool) => sharedRunner(store, pool, { logger }),
    },
    {
      provide: MeldingenProjection,
      inject: [EVENT_STORE, ReferenceData, CONFIG],
      useFactory: (store: EventStore, referentie: ReferenceData, config: Config) =>
        new MeldingenProjection(store, referentie, {
          publicUrl: config.mail.publicUrl,
          from: config.mail.from,
        }),
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
  exports: [MELDINGEN_RUNNER, MailVerzender],
})
export class MeldingenModule implements OnModuleInit, OnModuleDestroy {
  constructor(
    @Inject(MELDINGEN_RUNNER) private readonly runner: ProjectionRunner,
    private readonly proces: MeldingenProjection,
    private readonly verzender: MailVerzender,
    private readonly readiness: Readiness,
  ) {}

  async onModuleInit(): Promise<void> {
    this.readiness.register('meldingen', async () => {
      const [proces, verzending] = await Promise.all([
        this.runner.status(this.proces.name),
        this.verzender.status(),
      ]);
      return {
        ok: proces.state !== 'failing' && proces.state !== 'stopped' && verzending.ok,
        details: { proces, ...verzending.details },
      };
    });
    await this.runner.add(this.proces);
    this.verzender.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner.remove(this.proces.name);
    await this.verzender.stop();
  }
}
