import type { Mail, MailPort } from '../mail.port';

/**
 * Outside production without SMTP_URL: a mail is written to the log instead of sent. It stays in the
 * outbox (kanaal `log`), where the beheerder reads it at GET /api/beheer/mails.
 */
export class LogMailAdapter implements MailPort {
  readonly kanaal = 'log';

  constructor(private readonly logger: { log(message: string): void }) {}

  async send(mail: Mail): Promise<void> {
    this.logger.log(
      `Mail (niet verzonden, geen SMTP_URL) aan ${mail.aan}: ${mail.onderwerp} ${mail.messageId}`,
    );
  }

  async close(): Promise<void> {}
}
