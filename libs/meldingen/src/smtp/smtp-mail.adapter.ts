import { createTransport, type Transporter } from 'nodemailer';
import { MailFout, type Mail, type MailPort } from '../mail.port';

/** Sends over SMTP with nodemailer (pooled connections), e.g. SMTP_URL=smtp://127.0.0.1:2525. */
export class SmtpMailAdapter implements MailPort {
  readonly kanaal = 'smtp';
  private readonly transport: Transporter;

  constructor(smtpUrl: string, options: { maxConnections?: number } = {}) {
    const url = new URL(smtpUrl);
    this.transport = createTransport({
      host: url.hostname,
      port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 25),
      secure: url.protocol === 'smtps:',
      ...(url.username && {
        auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
      }),
      pool: true,
      maxConnections: options.maxConnections ?? 5,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(mail: Mail): Promise<void> {
    try {
      await this.transport.sendMail({
        from: mail.van,
        to: mail.aan,
        subject: mail.onderwerp,
        text: mail.tekst,
        messageId: mail.messageId,
        headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': 'nl' },
      });
    } catch (error) {
      const { responseCode, message } = error as { responseCode?: number; message: string };
      // 5xx: the server refuses for good (bad address, policy); 4xx may pass on a retry; without a
      // response code the server was not reached (refused connection, timeout, DNS)
      if (typeof responseCode !== 'number') throw new MailFout(message, false, true);
      throw new MailFout(message, responseCode >= 500);
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
