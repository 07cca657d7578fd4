import type { Mail, MailPort } from '../mail.port';

/**
 * Outside production without SMTP_URL: a mail is written to the log instead of sent, as the fields of
 * one log line (the JSON logger keeps a CR or LF in a titel inside its string, so a mail cannot forge
 * a line). It stays in the outbox (kanaal `log`), where the beheerder reads it at GET /api/beheer/mails.
 */
export class LogMailAdapter implements MailPort {
  readonly kanaal = 'log';

  constructor(private readonly logger: { log(message: Record<string, unknown>): void }) {}

  async send(mail: Mail): Promise<void> {
    const { van, aan, onderwerp, tekst, messageId } = mail;
    this.logger.log({ msg: 'Mail niet verzonden (geen SMTP_URL)', van, aan, onderwerp, tekst, messageId });
  }

  async close(): Promise<void> {}
}
