import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { Leesmodel } from '@signaalspoor/signaal-view';
import type { Request, Response } from 'express';
import { stuurPubliek, type Soort } from './cache';

/**
 * A public answer, rendered: its bytes, the same gzipped (for a phone on a slow line), its strong ETag,
 * its kind, and the position of the signaal view it was rendered at (it shows at least that state).
 */
export interface PubliekAntwoord {
  body: Buffer;
  gzip: Buffer;
  etag: string;
  soort: Soort;
  positie: number;
}

const gzipped = promisify(gzip);

/** How many different answers (by key, and by request URL) are kept; the oldest goes first. */
const MAX_ANTWOORDEN = 1000;

/** A Map that forgets its oldest entry beyond MAX_ANTWOORDEN. */
function bewaar<T>(map: Map<string, T>, sleutel: string, waarde: T): void {
  map.delete(sleutel);
  map.set(sleutel, waarde);
  if (map.size > MAX_ANTWOORDEN) map.delete(map.keys().next().value!);
}

/**
 * Renders each public answer once per state of the signaal view: an answer is kept with the view's
 * position (`ProjectionFeed.position()`, in memory, raised only after the view's transaction
 * committed) and reused until the view moves on, and requests that arrive while it is being rendered
 * wait for that one rendering. So a thousand residents opening the same page cost one query and one
 * rendering, and the signed-in app keeps its pool. It is a memo of the query's answer, not a model of
 * its own: it holds nothing the view does not say at that position.
 *
 * What was sent is also kept by request URL (`stuur`), so the next request for the same URL is
 * answered at the front of the app (`vooraf`, see vooraan.ts) without Nest's pipeline, as long as the
 * view did not move: a signaal made private or withdrawn moves it, and then every public answer is
 * rendered again before it is sent.
 */
@Injectable()
export class PubliekeAntwoorden {
  private readonly antwoorden = new Map<string, { positie: number; antwoord: Promise<PubliekAntwoord> }>();
  private readonly verzonden = new Map<string, PubliekAntwoord>();

  constructor(private readonly leesmodel: Leesmodel) {}

  private positie(): number {
    return this.leesmodel.signalen.position();
  }

  geef(sleutel: string, soort: Soort, render: () => Promise<string>): Promise<PubliekAntwoord> {
    const positie = this.positie();
    const bewaard = this.antwoorden.get(sleutel);
    if (bewaard && bewaard.positie === positie) return bewaard.antwoord;
    const antwoord = render().then(async (tekst) => {
      const body = Buffer.from(tekst);
      return { body, gzip: await gzipped(body), etag: etagVan(body), soort, positie };
    });
    bewaar(this.antwoorden, sleutel, { positie, antwoord });
    // a refusal or a failure is not kept: the next request renders again
    antwoord.catch(() => {
      if (this.antwoorden.get(sleutel)?.antwoord === antwoord) this.antwoorden.delete(sleutel);
    });
    return antwoord;
  }

  /** Sends the answer (see stuurPubliek) and keeps it for the next request of the same URL. */
  stuur(req: Request, res: Response, antwoord: PubliekAntwoord): void {
    bewaar(this.verzonden, req.originalUrl, antwoord);
    stuurPubliek(req, res, antwoord);
  }

  /** What was sent for this URL, if the view has not moved since it was rendered. */
  vooraf(url: string): PubliekAntwoord | undefined {
    const antwoord = this.verzonden.get(url);
    return antwoord?.positie === this.positie() ? antwoord : undefined;
  }
}

/** A strong ETag of the bytes (the same for their gzipped form): derived from public content only. */
export const etagVan = (body: Buffer): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
