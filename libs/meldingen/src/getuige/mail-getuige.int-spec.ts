import { auditSleutels, getuigdeCheckpoints, signCheckpoint } from '@signaalspoor/logboek';
import { SmtpTestServer } from '../testing/smtp-test-server';
import { SmtpMailAdapter } from '../smtp/smtp-mail.adapter';
import { MailGetuige } from './mail-getuige';

// Ports 3790-3799 belong to this file.
describe('MailGetuige: the auditors mailbox as a witness, against a real SMTP server on loopback', () => {
  const smtp = new SmtpTestServer(3790);
  beforeAll(() => smtp.start());
  afterAll(() => smtp.stop());

  it('mails the checkpoint to every auditor in one mail, as a line that verify --getuige reads back', async () => {
    const sleutels = auditSleutels('a-secret-of-at-least-thirty-two-characters');
    const checkpoint = signCheckpoint(
      sleutels.checkpointKey,
      { positie: 42, hash: 'c0'.repeat(32) },
      new Date(),
    );
    const getuige = new MailGetuige(new SmtpMailAdapter(smtp.url), {
      aan: ['audit@example.org', 'college@example.org'],
      van: 'Signaalspoor <signaalspoor@example.org>',
      minIntervalMs: 3_600_000,
    });
    try {
      await getuige.getuig(checkpoint);
    } finally {
      await getuige.close();
    }
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail.aan.sort()).toEqual(['audit@example.org', 'college@example.org']);
    expect(mail.onderwerp).toBe('Signaalspoor: logboek ondertekend tot positie 42');
    // the auditor saves the mail's text as is: the witness file
    expect(getuigdeCheckpoints(mail.tekst)).toEqual([checkpoint]);
  });
});
