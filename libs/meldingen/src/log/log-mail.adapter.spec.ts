import { serviceLogger } from '@signaalspoor/platform';
import { mailPortContract } from '../contract/mail-port.contract';
import { LogMailAdapter } from './log-mail.adapter';

// the services' JSON logger, writing here instead of stdout
const lines: string[] = [];
const logger = serviceLogger('info', {
  write: (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)),
});
const logged = () => lines.map((line) => JSON.parse(line) as Record<string, string>);

mailPortContract('log (no SMTP_URL outside production)', async () => ({
  port: new LogMailAdapter(logger),
  ontvangen: () => logged().map((line) => line.messageId),
  close: async () => undefined,
}));

describe('LogMailAdapter', () => {
  it('writes a mail as the fields of one JSON line, whatever CR or LF its text holds', async () => {
    lines.splice(0);
    const vervalst =
      '{"level":"info","time":"2026-01-01T00:00:00.000Z","msg":"checkpoint {\\"positie\\":9}"}';
    const mail = {
      van: 'signaalspoor@example.org',
      aan: 'dr-kermt@example.org',
      onderwerp: `Lamp\r\n${vervalst}`,
      tekst: `Beste raad,\n${vervalst}\r\nGroeten`,
      messageId: '<een@example.org>',
    };
    await new LogMailAdapter(logger).send(mail);
    expect(lines).toHaveLength(1);
    expect(logged()[0]).toMatchObject({ level: 'info', msg: 'Mail niet verzonden (geen SMTP_URL)', ...mail });
  });
});
