import {
  Controller,
  Inject,
  Injectable,
  Logger,
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
import { magZien } from '@signaalspoor/signaal-store';
import { filter, interval, map, merge, Subject, type Observable } from 'rxjs';

/** What the live stream says: this signaal changed, by this event, at this global position. */
export interface StroomBericht {
  signaalId: string;
  type: string;
  positie: number;
}

interface Toegang {
  raadId: string;
  dienstIds: string[];
}

/**
 * Follows the event store's global log from the moment the app starts and tells every open
 * stream which signaal changed. Who may see a signaal (its raad, the diensten it was routed to)
 * is folded from the events; a signaal first seen mid-stream is read from its own stream once.
 */
@Injectable()
export class StroomHub implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Stroom');
  private readonly berichten = new Subject<{ bericht: StroomBericht; toegang: Toegang }>();
  private readonly toegang = new Map<string, Toegang>();
  private subscription?: Subscription;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

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
      filter(({ toegang }) => magZien(gebruiker, toegang, reference)),
      map(({ bericht }) => bericht),
    );
  }

  private async verwerk(event: RecordedEvent): Promise<void> {
    if (!event.streamId.startsWith(SIGNAAL_STREAM_PREFIX)) return;
    const signaalId = event.streamId.slice(SIGNAAL_STREAM_PREFIX.length);
    let toegang = this.toegang.get(signaalId);
    if (!toegang) {
      toegang = { raadId: '', dienstIds: [] };
      const eerder = event.type === 'SignaalIngediend' ? [] : await this.store.readStream(event.streamId);
      for (const e of [...eerder.filter((e) => e.position < event.position), event]) this.leer(toegang, e);
      this.toegang.set(signaalId, toegang);
    } else {
      this.leer(toegang, event);
    }
    this.berichten.next({ bericht: { signaalId, type: event.type, positie: event.position }, toegang });
  }

  private leer(toegang: Toegang, event: RecordedEvent): void {
    if (event.type === 'SignaalIngediend') toegang.raadId = String(event.data.raadId);
    if (event.type === 'DoorgestuurdNaarDienst') toegang.dienstIds.push(String(event.data.dienstId));
  }
}

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
