import { inBrussel } from '@signaalspoor/domain';
import { inTransaction } from '@signaalspoor/projections';
import type { Pool, PoolClient } from 'pg';
import type { MeldingSoort } from './berichten';
import { messageIdVoor } from './meldingen.proces';
import { MailFout, type MailPort } from './mail.port';
import {
  claim,
  markeerGebundeld,
  markeerMislukt,
  markeerVerzonden,
  teBundelen,
  tellingen,
  voegToe,
  type OutboxMail,
} from './outbox';

export interface VerzenderOptions {
  /** MAIL_FROM */
  from: string;
  /** base URL of the web app, for the digest */
  publicUrl: string;
  /** poll interval when nothing is due; default 1000 ms */
  intervalMs?: number;
  /** mails claimed and sent at once; default 50 */
  batchSize?: number;
  /** delay before the first retry, doubled per attempt up to retryMaxMs; defaults 1 s and 5 min */
  retryInitialMs?: number;
  retryMaxMs?: number;
  /** attempts the server answered with an error before a mail is parked; default 12 */
  maxPogingen?: number;
  now?: () => number;
  logger?: {
    log(message: string): void;
    warn(message: string | Record<string, unknown>): void;
    error(message: string): void;
  };
}

export interface VerzenderStatus {
  ok: boolean;
  details: {
    kanaal: string;
    wachtend: number;
    geparkeerd: number;
    dagelijks: number;
    lastError?: string;
    /** the mail server could not be reached in the last round (an outage: mails wait and are retried) */
    onbereikbaar?: string;
    reden?: string;
  };
}

/**
 * Sends what the outbox holds: claims due mails (row locks, so several senders never send the same
 * mail at once), sends them, and records the outcome in the same transaction. A failure is retried
 * with exponential backoff (while the server cannot be reached, without end); a permanent refusal, or a
 * mail the server still refuses after maxPogingen attempts, is parked for the beheerder. Also bundles the mails of recipients who chose a daily
 * digest, once per Brussels day.
 *
 * What if the process dies between the SMTP server's acceptance and the commit? The mail is sent
 * again, with the same Message-ID, so the receiving side can recognise it; there is no way to make
 * SMTP and PostgreSQL commit together.
 */
export class MailVerzender {
  private readonly intervalMs: number;
  private readonly batchSize: number;
  private readonly retryInitialMs: number;
  private readonly retryMaxMs: number;
  private readonly maxPogingen: number;
  private readonly now: () => number;
  private readonly logger: NonNullable<VerzenderOptions['logger']>;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private lastError?: string;
  /** set while the mail server cannot be reached: mails wait, nothing is lost */
  private onbereikbaar?: string;

  constructor(
    private readonly pool: Pool,
    /** undefined: production without SMTP_URL; mails wait in the outbox and readiness says why */
    private readonly mail: MailPort | undefined,
    private readonly options: VerzenderOptions,
  ) {
    this.intervalMs = options.intervalMs ?? 1000;
    this.batchSize = options.batchSize ?? 50;
    this.retryInitialMs = options.retryInitialMs ?? 1000;
    this.retryMaxMs = options.retryMaxMs ?? 300_000;
    this.maxPogingen = options.maxPogingen ?? 12;
    this.now = options.now ?? Date.now;
    this.logger = options.logger ?? console;
  }

  start(): void {
    if (this.running || !this.mail) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.mail?.close();
  }

  /** Ends the wait of the loop, e.g. right after the process manager queued mails. */
  poke(): void {
    this.wake?.();
  }

  async status(): Promise<VerzenderStatus> {
    const counts = await tellingen(this.pool);
    const details = {
      kanaal: this.mail?.kanaal ?? 'geen',
      wachtend: counts.wachtend ?? 0,
      geparkeerd: counts.geparkeerd ?? 0,
      dagelijks: counts.dagelijks ?? 0,
      ...(this.lastError && { lastError: this.lastError }),
      ...(this.onbereikbaar && { onbereikbaar: this.onbereikbaar }),
    };
    if (!this.mail) return { ok: false, details: { ...details, reden: 'SMTP_URL ontbreekt in productie' } };
    if (details.geparkeerd > 0) {
      return {
        ok: false,
        details: { ...details, reden: 'geparkeerde mails: zie GET /api/beheer/mails?status=geparkeerd' },
      };
    }
    return { ok: this.running && !this.lastError, details };
  }

  /** One round: bundles due digests, then claims and sends up to batchSize mails. Returns how many were tried. */
  async ronde(): Promise<number> {
    if (!this.mail) return 0;
    const mail = this.mail;
    return inTransaction(this.pool, async (client) => {
      await this.bundelIn(client);
      const due = await claim(client, this.batchSize);
      const results = await this.verstuur(mail, due);
      const sent: number[] = [];
      for (const [i, result] of results.entries()) {
        const item = due[i];
        if (!result) continue; // not tried: an earlier mail to its address failed
        if (result.status === 'fulfilled') {
          sent.push(item.id);
          continue;
        }
        const error = result.reason as Error;
        const fout = error instanceof MailFout ? error : undefined;
        if (fout?.onbereikbaar) this.onbereikbaar = fout.message;
        const pogingen = item.pogingen + 1;
        // an unreachable server is an outage, not a bad mail: it is retried until the server is back
        const parkeren = !!fout?.permanent || (!fout?.onbereikbaar && pogingen >= this.maxPogingen);
        // the outbox holds the address (GET /api/beheer/mails); the log only the mail's id
        if (parkeren) this.logger.warn({ msg: 'Mail geparkeerd', mailId: item.id, reden: error.message });
        await markeerMislukt(
          client,
          item.id,
          error.message,
          parkeren ? 'parkeren' : Math.min(this.retryInitialMs * 2 ** (pogingen - 1), this.retryMaxMs),
        );
      }
      if (sent.length) this.onbereikbaar = undefined;
      await markeerVerzonden(client, sent, mail.kanaal);
      return results.filter(Boolean).length;
    });
  }

  /**
   * Sends the claimed mails: those to one address one after the other, in the order they were
   * written (an answer before the final feedback that follows it), different addresses at once. After
   * a failure the address's later mails wait for a next round: they do not overtake it, and a server
   * that does not answer costs one timeout per address per round, not one per mail.
   */
  private async verstuur(
    mail: MailPort,
    due: OutboxMail[],
  ): Promise<(PromiseSettledResult<unknown> | undefined)[]> {
    const results: (PromiseSettledResult<unknown> | undefined)[] = due.map(() => undefined);
    const perAdres = new Map<string, number[]>();
    due.forEach((item, i) => perAdres.set(item.adres, [...(perAdres.get(item.adres) ?? []), i]));
    await Promise.all(
      [...perAdres.values()].map(async (indexes) => {
        for (const i of indexes) {
          const result = await mail.send(this.toMail(due[i]!)).then(
            (value) => ({ status: 'fulfilled', value }) as const,
            (reason: unknown) => ({ status: 'rejected', reason }) as const,
          );
          results[i] = result;
          if (result.status === 'rejected') return;
        }
      }),
    );
    return results;
  }

  /** Bundles the mails of earlier days for recipients who chose a daily digest into one mail each. */
  async bundel(): Promise<void> {
    await inTransaction(this.pool, (client) => this.bundelIn(client));
  }

  /** bundel in the caller's transaction: a round bundles and claims in one, so a new digest leaves in it. */
  private async bundelIn(client: PoolClient): Promise<void> {
    const vandaag = inBrussel(this.now()).datum;
    const items = await teBundelen(client, vandaag);
    const perAdres = new Map<string, OutboxMail[]>();
    for (const item of items) perAdres.set(item.adres, [...(perAdres.get(item.adres) ?? []), item]);
    for (const [adres, mails] of perAdres) {
      const eventId = `dagelijks:${vandaag}`;
      await voegToe(client, [
        {
          eventId,
          adres,
          ontvanger: mails[0].ontvanger,
          soort: mails[0].soort as MeldingSoort,
          onderwerp: `Dagelijks overzicht: ${mails.length} ${mails.length === 1 ? 'melding' : 'meldingen'} — Signaalspoor`,
          tekst:
            `Dit zijn de meldingen van Signaalspoor sinds het vorige overzicht.\n\n` +
            mails.map((m) => `* ${m.onderwerp}\n\n${m.tekst.trim()}\n`).join('\n') +
            `\nAl je signalen: ${this.options.publicUrl}/signalen\n`,
          messageId: messageIdVoor(eventId, adres, this.options.from),
          dag: vandaag,
          status: 'wachtend',
        },
      ]);
      await markeerGebundeld(
        client,
        mails.map((m) => m.id),
        eventId,
        adres,
      );
    }
  }

  private toMail(item: OutboxMail) {
    return {
      van: this.options.from,
      aan: item.adres,
      onderwerp: item.onderwerp,
      tekst: item.tekst,
      messageId: item.messageId,
    };
  }

  private async run(): Promise<void> {
    let delay = this.intervalMs;
    while (this.running) {
      try {
        const tried = await this.ronde();
        this.lastError = undefined;
        delay = this.intervalMs;
        if (tried === this.batchSize) continue;
      } catch (error) {
        this.lastError = (error as Error).message;
        this.logger.error(`Mails verzenden mislukt: ${this.lastError}`);
        delay = Math.min(delay * 2, 30_000);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}
