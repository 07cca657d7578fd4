import {
  Controller,
  Injectable,
  Logger,
  Req,
  Sse,
  type FactoryProvider,
  type MessageEvent,
  type OnApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, type Gebruiker } from '@signaalspoor/auth';
import { SIGNAAL_STREAM_PREFIX } from '@signaalspoor/domain';
import { PG_POOL } from '@signaalspoor/database';
import { CONFIG, type Config } from '@signaalspoor/config';
import { Draining } from '@signaalspoor/http';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@signaalspoor/event-store';
import { sharedRunner, type ProjectionRunner } from '@signaalspoor/projections';
import { ReferenceData } from '@signaalspoor/reference-data';
import { magZien } from '@signaalspoor/signaal-store';
import { Leesmodel, SignaalViewRepository, vouw, type SignaalView } from '@signaalspoor/signaal-view';
import type { Pool } from 'pg';
import { filter, interval, map, merge, NEVER, Observable, Subject } from 'rxjs';
import type { Request } from 'express';
import { PostgresSessies } from './sessies';

/** What the live stream says: this signaal changed, by this event, at this global position. */
export interface StroomBericht {
  signaalId: string;
  type: string;
  positie: number;
}

/**
 * Tells every open stream which signaal changed, from the moment the app starts. Where the process's
 * shared projection runner (sharedRunner) follows the log, it reads no log of its own: the runner hands
 * it every batch once committed. Where the projections follow the bus instead, it subscribes to the
 * log itself (the same events, one by one). Who may see a change (its raad, the diensten of its doorsturingen, and
 * through the reference data its wijkmanager) comes from the signaal's view: in a process that keeps
 * the view on that runner (the all-in-one app), the view the batch just folded, without a read;
 * otherwise the read model's once it holds the event, else folded from the signaal's stream.
 * Nothing is kept per signaal.
 */
export class StroomHub implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Stroom');
  private readonly berichten = new Subject<{ bericht: StroomBericht; view: SignaalView }>();
  private stop?: () => unknown;
  /** events are told in log order: each waits for the one before */
  private rij: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: EventStore,
    /** the process's runner when it follows the log; without it (projections on the bus) a subscription */
    private readonly runner: Pick<ProjectionRunner, 'onCommitted'> | undefined,
    /** the view's table: the process's own, or (the signalen service) the projecties' in the same database */
    private readonly views: SignaalViewRepository,
    private readonly leesmodel?: Leesmodel,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // what the runner catches up on at start happened before: only what comes after is live
    const after = await this.store.headPosition();
    if (this.runner) {
      this.stop = this.runner.onCommitted((events) => this.hoor(events, after));
      return;
    }
    const subscription = this.store.subscribe({
      after,
      handler: async (event) => {
        this.hoor([event], after);
        await this.rij;
      },
      onError: (error) => this.logger.warn(`Live stroom onderbroken: ${(error as Error).message}`),
    });
    this.stop = () => subscription.close();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop?.();
    await this.rij;
    this.berichten.complete();
  }

  private hoor(events: readonly RecordedEvent[], after: number): void {
    for (const event of events) {
      if (event.position <= after || !event.streamId.startsWith(SIGNAAL_STREAM_PREFIX)) continue;
      const signaalId = event.streamId.slice(SIGNAAL_STREAM_PREFIX.length);
      // taken now: the runner's next batch folds other views
      const gevouwen = this.leesmodel?.projectie.gevouwen(signaalId);
      this.rij = this.rij
        .then(() => this.verwerk(signaalId, event, gevouwen))
        .catch((error: Error) =>
          this.logger.warn(`Live stroom: ${event.type} overgeslagen: ${error.message}`),
        );
    }
  }

  /** The changes the user may see. */
  voor(gebruiker: Gebruiker, reference: ReferenceData): Observable<StroomBericht> {
    return this.berichten.pipe(
      filter(({ view }) => magZien(gebruiker, toegang(view), reference)),
      map(({ bericht }) => bericht),
    );
  }

  private async verwerk(signaalId: string, event: RecordedEvent, gevouwen?: SignaalView): Promise<void> {
    const view =
      gevouwen && gevouwen.revision >= event.revision ? gevouwen : await this.viewNa(signaalId, event);
    if (!view) return; // a stream that makes no signaal
    this.berichten.next({ bericht: { signaalId, type: event.type, positie: event.position }, view });
  }

  /** The signaal's view reflecting at least `event`, read. */
  private async viewNa(signaalId: string, event: RecordedEvent): Promise<SignaalView | null> {
    await this.leesmodel?.signalen.reached(event.position, event.streamId);
    const view = await this.views.vind(signaalId);
    if (view && view.revision >= event.revision) return view;
    return vouw(await this.store.readStream(event.streamId))?.view ?? null;
  }
}

/**
 * The hub on the process's shared runner, which follows the log when the projections do not follow
 * the bus (KAFKA_BROKERS unset: the all-in-one app's default); otherwise on a subscription of its own.
 */
export const stroomHub: FactoryProvider<StroomHub> = {
  provide: StroomHub,
  inject: [EVENT_STORE, PG_POOL, CONFIG, { token: Leesmodel, optional: true }],
  useFactory: (store: EventStore, pool: Pool, config: Config, leesmodel?: Leesmodel) =>
    new StroomHub(
      store,
      config.kafkaBrokers ? undefined : sharedRunner(store, pool, { logger: new Logger('Projecties') }),
      leesmodel?.views ?? new SignaalViewRepository(pool),
      leesmodel,
    ),
};

const toegang = (view: SignaalView) => ({
  raadId: view.raadId,
  dienstIds: view.doorsturingen.map((d) => d.dienstId),
});

/** The most live streams one identity (the token's `sub`) keeps open: a next one closes its oldest. */
export const MAX_STROMEN_PER_GEBRUIKER = 5;

/** How long a browser waits before it reconnects after the server stopped (SSE `retry`). */
const HERVERBINDEN_MS = 5_000;

/** The last event of a stream, which says why it ends; the data's `message` is for the user. */
export const STROOM_EINDE = {
  /** the server stops (SIGTERM): reconnect after `retry` ms, to this process's successor */
  afsluiten: 'De server herstart; de live-updates komen zo terug.',
  /** the token or session expired: sign in again (reconnecting gets a 401) */
  verlopen: 'Je sessie is verlopen; meld je opnieuw aan.',
  /** the same identity opened more than MAX_STROMEN_PER_GEBRUIKER streams: this, the oldest, gave way */
  vervangen: 'Je hebt te veel vensters met live-updates open; dit venster krijgt er geen meer.',
} as const;
export type StroomEinde = keyof typeof STROOM_EINDE;

/**
 * The open live streams of this process, by identity: each ends with an event saying why, when its
 * token or session expires, when its identity opens one too many (the oldest gives way), and when
 * the process stops (Draining). Nothing else ends a stream but the client leaving.
 */
@Injectable()
export class Stromen {
  private readonly open = new Map<string, { einde(reden: StroomEinde): void }[]>();

  constructor(private readonly draining: Draining) {
    draining.onDrain(() => {
      for (const eigen of [...this.open.values()]) for (const stroom of [...eigen]) stroom.einde('afsluiten');
    });
  }

  /** `bron`'s events for `gebruiker`, until one of the ends above or the end of its `sessie`. */
  volg(
    gebruiker: Gebruiker,
    bron: Observable<MessageEvent>,
    sessie: Observable<void> = NEVER,
  ): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      const einde = (reden: StroomEinde) => {
        if (subscriber.closed) return;
        subscriber.next({
          type: reden,
          data: { reden, message: STROOM_EINDE[reden] },
          ...(reden === 'afsluiten' && { retry: HERVERBINDEN_MS }),
        });
        subscriber.complete();
      };
      if (this.draining.active) return einde('afsluiten');
      const stroom = { einde };
      const eigen = this.open.get(gebruiker.sub) ?? [];
      this.open.set(gebruiker.sub, eigen);
      eigen.push(stroom);
      const resterend = (gebruiker.verlooptOp ?? Infinity) - Date.now();
      // setTimeout takes at most 2^31-1 ms (24.8 days): a longer token is not a thing to wait for
      const verloopt = Number.isFinite(resterend)
        ? setTimeout(() => einde('verlopen'), Math.min(Math.max(resterend, 0), 2 ** 31 - 1))
        : undefined;
      const subscription = bron.subscribe(subscriber);
      subscription.add(sessie.subscribe(() => einde('verlopen')));
      while (eigen.length > MAX_STROMEN_PER_GEBRUIKER) eigen[0].einde('vervangen');
      return () => {
        clearTimeout(verloopt);
        subscription.unsubscribe();
        eigen.splice(eigen.indexOf(stroom), 1);
        if (eigen.length === 0 && this.open.get(gebruiker.sub) === eigen) this.open.delete(gebruiker.sub);
      };
    });
  }
}

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('stroom')
export class StroomController {
  constructor(
    private readonly hub: StroomHub,
    private readonly stromen: Stromen,
    private readonly reference: ReferenceData,
    private readonly sessies: PostgresSessies,
  ) {}

  @Sse()
  @ApiOperation({
    summary:
      'Server-Sent Events: elk signaal binnen je bevoegdheid dat verandert (event "signaal"); ' +
      'de stroom eindigt met "verlopen" (meld opnieuw aan), "vervangen" (meer dan ' +
      `${MAX_STROMEN_PER_GEBRUIKER} stromen per gebruiker) of "afsluiten" (de server stopt; verbind later opnieuw)`,
  })
  stroom(@HuidigeGebruiker() gebruiker: Gebruiker, @Req() request: Request): Observable<MessageEvent> {
    const signalen = this.hub
      .voor(gebruiker, this.reference)
      .pipe(
        map((bericht): MessageEvent => ({ type: 'signaal', data: bericht, id: String(bericht.positie) })),
      );
    // a comment-like ping keeps proxies from closing an idle stream
    const ping = interval(25_000).pipe(map((): MessageEvent => ({ type: 'ping', data: '' })));
    // opened with the session cookie: the stream also ends with the session (sign-out, idle, expiry)
    return this.stromen.volg(gebruiker, merge(signalen, ping), this.sessies.einde(request));
  }
}
