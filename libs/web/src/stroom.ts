import {
  Controller,
  Inject,
  Injectable,
  Logger,
  Optional,
  Sse,
  type MessageEvent,
  type OnApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HuidigeGebruiker, type Gebruiker } from '@signaalspoor/auth';
import { SIGNAAL_STREAM_PREFIX } from '@signaalspoor/domain';
import {
  EVENT_STORE,
  type EventStore,
  type RecordedEvent,
  type Subscription,
} from '@signaalspoor/event-store';
import { ReferenceData } from '@signaalspoor/reference-data';
import { PG_POOL } from '@signaalspoor/database';
import { magZien } from '@signaalspoor/signaal-store';
import { Leesmodel, SignaalViewRepository, vouw, type SignaalView } from '@signaalspoor/signaal-view';
import type { Pool } from 'pg';
import { filter, interval, map, merge, Subject, type Observable } from 'rxjs';

/** What the live stream says: this signaal changed, by this event, at this global position. */
export interface StroomBericht {
  signaalId: string;
  type: string;
  positie: number;
}

/**
 * Follows the event store's global log from the moment the app starts and tells every open
 * stream which signaal changed. Who may see it (its raad, the diensten of its doorsturingen, and
 * through the reference data its wijkmanager) comes from the signaal's view: the read model's
 * once it holds the event (in a process that keeps the view, after waiting for it to get there),
 * otherwise folded from the signaal's stream. Nothing is kept per signaal.
 */
@Injectable()
export class StroomHub implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Stroom');
  private readonly berichten = new Subject<{ bericht: StroomBericht; view: SignaalView }>();
  private readonly views: SignaalViewRepository;
  private subscription?: Subscription;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) pool: Pool,
    @Optional() private readonly leesmodel?: Leesmodel,
  ) {
    // without a view of its own (the signalen service), the projecties' table in the same database
    this.views = leesmodel?.views ?? new SignaalViewRepository(pool);
  }

  async onApplicationBootstrap(): Promise<void> {
    const after = await this.store.headPosition();
    this.subscription = this.store.subscribe({
      after,
      handler: (event) => this.verwerk(event),
      onError: (error) => this.logger.warn(`Live stroom onderbroken: ${(error as Error).message}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.berichten.complete();
    await this.subscription?.close();
  }

  /** The changes the user may see. */
  voor(gebruiker: Gebruiker, reference: ReferenceData): Observable<StroomBericht> {
    return this.berichten.pipe(
      filter(({ view }) => magZien(gebruiker, toegang(view), reference)),
      map(({ bericht }) => bericht),
    );
  }

  private async verwerk(event: RecordedEvent): Promise<void> {
    if (!event.streamId.startsWith(SIGNAAL_STREAM_PREFIX)) return;
    const signaalId = event.streamId.slice(SIGNAAL_STREAM_PREFIX.length);
    const view = await this.viewNa(signaalId, event);
    if (!view) return; // a stream that makes no signaal
    this.berichten.next({ bericht: { signaalId, type: event.type, positie: event.position }, view });
  }

  /** The signaal's view reflecting at least `event`. */
  private async viewNa(signaalId: string, event: RecordedEvent): Promise<SignaalView | null> {
    await this.leesmodel?.signalen.reached(event.position, event.streamId);
    const view = await this.views.vind(signaalId);
    if (view && view.revision >= event.revision) return view;
    return vouw(await this.store.readStream(event.streamId))?.view ?? null;
  }
}

const toegang = (view: SignaalView) => ({
  raadId: view.raadId,
  dienstIds: view.doorsturingen.map((d) => d.dienstId),
});

@ApiTags('signalen')
@ApiBearerAuth()
@Controller('stroom')
export class StroomController {
  constructor(
    private readonly hub: StroomHub,
    private readonly reference: ReferenceData,
  ) {}

  @Sse()
  @ApiOperation({
    summary: 'Server-Sent Events: elk signaal binnen je bevoegdheid dat verandert (event "signaal")',
  })
  stroom(@HuidigeGebruiker() gebruiker: Gebruiker): Observable<MessageEvent> {
    const signalen = this.hub
      .voor(gebruiker, this.reference)
      .pipe(
        map((bericht): MessageEvent => ({ type: 'signaal', data: bericht, id: String(bericht.positie) })),
      );
    // a comment-like ping keeps proxies from closing an idle stream
    const ping = interval(25_000).pipe(map((): MessageEvent => ({ type: 'ping', data: '' })));
    return merge(signalen, ping);
  }
}
