import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetuigeOntvanger } from '@signaalspoor/logboek/testing';
import { auditSleutels } from '../../sleutels';
import { signCheckpoint } from '../../checkpoint';
import { WebhookGetuige } from './webhook-getuige';

const sleutels = auditSleutels('a-secret-of-at-least-thirty-two-characters');
const checkpoint = signCheckpoint(sleutels.checkpointKey, { positie: 7, hash: 'ab'.repeat(32) }, new Date());

describe('WebhookGetuige against an HTTP receiver on loopback', () => {
  const ontvanger = new GetuigeOntvanger();
  beforeAll(() => ontvanger.start());
  afterAll(() => ontvanger.stop());

  it('POSTs the signed checkpoint as JSON, credentials of the URL as Basic authorization', async () => {
    const url = new URL(ontvanger.url);
    url.username = 'getuige';
    url.password = 'geheim wachtwoord';
    await new WebhookGetuige(url.toString()).getuig(checkpoint);
    expect(ontvanger.ontvangen.at(-1)).toEqual(checkpoint);
    const request = ontvanger.verzoeken.at(-1)!;
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers.authorization).toBe(
      `Basic ${Buffer.from('getuige:geheim wachtwoord').toString('base64')}`,
    );
  });

  it('fails on a refusal, an unreachable receiver and a redirect', async () => {
    ontvanger.weiger = 1;
    await expect(new WebhookGetuige(ontvanger.url).getuig(checkpoint)).rejects.toThrow('HTTP 503');
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(new WebhookGetuige(`http://127.0.0.1:${closedPort}/x`).getuig(checkpoint)).rejects.toThrow(
      'de getuige is niet bereikt (ECONNREFUSED)',
    );
    const redirect = createServer((_request, response) =>
      response.writeHead(307, { Location: ontvanger.url }).end(),
    );
    await new Promise<void>((resolve) => redirect.listen(0, '127.0.0.1', resolve));
    try {
      const port = (redirect.address() as AddressInfo).port;
      const before = ontvanger.ontvangen.length;
      await expect(new WebhookGetuige(`http://127.0.0.1:${port}/`).getuig(checkpoint)).rejects.toThrow();
      expect(ontvanger.ontvangen).toHaveLength(before);
    } finally {
      await new Promise((resolve) => redirect.close(resolve));
    }
  });
});
