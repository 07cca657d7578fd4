import type { Checkpoint } from '../../checkpoint';
import type { Getuige } from '../getuige.port';

/**
 * AUDIT_WITNESS_URL: POSTs each signed checkpoint as JSON (`{ positie, hash, tijd, handtekening }`)
 * to a receiver the database's administrator does not control; any 2xx is taken as kept. User and
 * password in the URL become a Basic Authorization header. Redirects are refused: the checkpoint
 * goes to the configured receiver or nowhere.
 */
export class WebhookGetuige implements Getuige {
  readonly naam = 'webhook';
  readonly minIntervalMs = 0;
  private readonly url: string;
  private readonly authorization?: string;

  constructor(
    url: string,
    private readonly timeoutMs = 10_000,
  ) {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) {
      const user = decodeURIComponent(parsed.username);
      const password = decodeURIComponent(parsed.password);
      this.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
      parsed.username = '';
      parsed.password = '';
    }
    this.url = parsed.toString();
  }

  async getuig(checkpoint: Checkpoint): Promise<void> {
    const { positie, hash, tijd, handtekening } = checkpoint;
    const response = await this.post(JSON.stringify({ positie, hash, tijd, handtekening }));
    await response.body?.cancel();
    if (!response.ok) throw new Error(`de getuige antwoordde HTTP ${response.status}`);
  }

  private post(body: string): Promise<Response> {
    return fetch(this.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(this.authorization && { Authorization: this.authorization }),
      },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(this.timeoutMs),
    }).catch((error: Error & { cause?: { code?: string; message?: string } }) => {
      // fetch says only "fetch failed"; the cause names it (ECONNREFUSED, a timeout, a redirect)
      const reden = error.cause?.code ?? error.cause?.message ?? error.message;
      throw new Error(`de getuige is niet bereikt (${reden})`);
    });
  }

  async close(): Promise<void> {}
}
