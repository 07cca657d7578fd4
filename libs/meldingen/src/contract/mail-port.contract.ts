import { MailFout, type MailPort } from '../mail.port';

export interface MailPortUnderTest {
  port: MailPort;
  /** Message-IDs the far side received, where the adapter has a far side */
  ontvangen?: () => string[];
  /** an adapter of the same kind that cannot deliver, where it can fail */
  onbereikbaar?: () => MailPort;
}

/** The contract every MailPort adapter keeps. */
export function mailPortContract(
  name: string,
  setup: () => Promise<MailPortUnderTest & { close(): Promise<void> }>,
) {
  describe(`MailPort contract: ${name}`, () => {
    let subject: Awaited<ReturnType<typeof setup>>;
    beforeAll(async () => {
      subject = await setup();
    });
    afterAll(async () => {
      await subject.port.close();
      await subject.close();
    });

    it('accepts a Dutch mail with its Message-ID and delivers it once', async () => {
      const messageId = `<contract-${Date.now()}@example.org>`;
      await subject.port.send({
        van: 'Signaalspoor <signaalspoor@example.org>',
        aan: 'dr-kermt@example.org',
        onderwerp: 'Definitieve terugkoppeling: Onveilig kruispunt — Signaalspoor',
        tekst: 'Over jullie signaal laat de stad het volgende weten: het zebrapad komt in mei.',
        messageId,
      });
      if (subject.ontvangen) expect(subject.ontvangen().filter((id) => id === messageId)).toHaveLength(1);
    });

    it('rejects with a MailFout, not permanent, when the far side cannot be reached', async () => {
      if (!subject.onbereikbaar) return;
      const port = subject.onbereikbaar();
      const sent = port.send({
        van: 'signaalspoor@example.org',
        aan: 'dr-kermt@example.org',
        onderwerp: 'x',
        tekst: 'x',
        messageId: '<x@example.org>',
      });
      await expect(sent).rejects.toBeInstanceOf(MailFout);
      await expect(sent).rejects.toMatchObject({ permanent: false });
      await port.close();
    });
  });
}
