import { mailPortContract } from '../contract/mail-port.contract';
import { SmtpTestServer } from '../testing/smtp-test-server';
import { SmtpMailAdapter } from './smtp-mail.adapter';

// Ports 3700-3799 belong to these tests; 3700-3709 to this file.
mailPortContract('SMTP (nodemailer) against a real SMTP server on loopback', async () => {
  const server = new SmtpTestServer(3701);
  await server.start();
  return {
    port: new SmtpMailAdapter(server.url),
    ontvangen: () => server.mails.map((mail) => mail.messageId),
    onbereikbaar: () => new SmtpMailAdapter('smtp://127.0.0.1:3702'),
    close: () => server.stop(),
  };
});
