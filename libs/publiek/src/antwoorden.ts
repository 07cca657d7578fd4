import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { Leesmodel } from '@signaalspoor/signaal-view';

/** A public answer, rendered: its bytes, the same gzipped (for a phone on a slow line), its strong ETag. */
export interface PubliekAntwoord {
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

const gzipped = promisify(gzip);

/** How many different answers (paths with their query) are kept; the oldest goes first. */
const MAX_ANTWOORDEN = 1000;

/**
 * Renders each public answer once per state of the signaal view: an answer is kept with the view's
 * position (`ProjectionFeed.position()`, in memory) and reused until the view moves on, and requests
 * that arrive while it is being rendered wait for that one rendering. So a thousand residents opening
 * the same page cost one query and one rendering, and the signed-in app keeps its pool. It is a memo of
 * the query's answer, not a model of its own: it holds nothing the view does not say at that position.
 */
@Injectable()
export class PubliekeAntwoorden {
  private readonly antwoorden = new Map<string, { positie: number; antwoord: Promise<PubliekAntwoord> }>();

  constructor(private readonly leesmodel: Leesmodel) {}

  geef(sleutel: string, render: () => Promise<string>): Promise<PubliekAntwoord> {
    const positie = this.leesmodel.signalen.position();
    const bewaard = this.antwoorden.get(sleutel);
    if (bewaard && bewaard.positie === positie) return bewaard.antwoord;
    const antwoord = render().then(async (tekst) => {
      const body = Buffer.from(tekst);
      return { body, gzip: await gzipped(body), etag: etagVan(body) };
    });
    this.antwoorden.delete(sleutel);
    this.antwoorden.set(sleutel, { positie, antwoord });
    if (this.antwoorden.size > MAX_ANTWOORDEN) this.antwoorden.delete(this.antwoorden.keys().next().value!);
    // a refusal or a failure is not kept: the next request renders again
    antwoord.catch(() => {
      if (this.antwoorden.get(sleutel)?.antwoord === antwoord) this.antwoorden.delete(sleutel);
    });
    return antwoord;
  }
}

/** A strong ETag of the bytes (the same for their gzipped form): derived from public content only. */
export const etagVan = (body: Buffer): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
