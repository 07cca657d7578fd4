import { mailPortContract } from '../contract/mail-port.contract';
import { LogMailAdapter } from './log-mail.adapter';

const logged: string[] = [];
mailPortContract('log (no SMTP_URL outside production)', async () => ({
  port: new LogMailAdapter({ log: (line) => logged.push(line) }),
  ontvangen: () => logged.map((line) => /(<[^>]+>)$/.exec(line)?.[1] ?? ''),
  close: async () => undefined,
}));
