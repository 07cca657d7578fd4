import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  HeadedRead,
  NewEvent,
  ReadAllOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  Watch,
} from '@signaalspoor/event-store';
import { isVersleuteld, type Persoon, type PersoonsSleutels } from './privacy/persoons-sleutels';
import { isHerverzegeling, LOGBOEK_STREAM, type Herverzegeling } from './herverzegeling-event';
import { GEEN_ZEGEL, verzegel, ZEGEL_VELD, zegelFout, type MacSleutels } from './zegel';

/** An event the log refuses to hand out: its seal fails, or it lies beyond the log's head. */
export class LogboekFout extends Error {
  readonly kind = 'unavailable' as const;
  constructor(
    readonly code: 'LOGBOEK_GESCHONDEN',
    readonly positie: number,
    reden: string,
  ) {
    super(`Het logboek is geschonden op positie ${positie}: ${reden}. Zie GET /api/audit/verificatie.`);
    this.name = 'LogboekFout';
  }
}

/**
 * The event store as the application uses it. On append, each event's personal data (`persoon`) is
 * encrypted with that person's key and the event is sealed with the log's MAC key; both happen in Node
 * before the inner store sees the event, so the store and its SQL stay as they are. On read, an event
 * whose seal fails or that lies beyond the log head is refused, so projections, the relay and command
 * handlers never act on a row written past the application; the others come back without their seal,
 * as they were appended.
 */
export class BewaakteEventStore implements EventStore {
  /**
   * The events up to this position may lack a seal: a resealing in the log (sealed with this key)
   * vouches for them. The verifier also holds their chain against the hash it states; this guard only
   * looks at the position (see docs/operations.md, "Upgrades").
   */
  private herverzegeldTot = 0;

  constructor(
    readonly inner: EventStore,
    /** seals with the current key; verifies with it and the earlier ones */
    private readonly macKey: MacSleutels,
    private readonly personen: PersoonsSleutels,
    /** closes what was opened for this store (the person keys' pool) */
    private readonly onClose: () => Promise<void> = async () => undefined,
  ) {}

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const first = expected === 'no-stream' ? 0 : typeof expected === 'number' ? expected + 1 : undefined;
    const sealed = await Promise.all(
      events.map(async (event, index) =>
        verzegel(
          this.macKey,
          streamId,
          await this.versleutel(event),
          first === undefined ? undefined : first + index,
        ),
      ),
    );
    return this.inner.append(streamId, sealed, expected);
  }

  /** Reads the log's resealings (after the migrations, which may just have written one). */
  async laadHerverzegelingen(): Promise<void> {
    for (const event of await this.inner.readStream(LOGBOEK_STREAM)) {
      if (isHerverzegeling(event) && !zegelFout(this.macKey, event)) {
        this.herverzegeldTot = Math.max(this.herverzegeldTot, (event.data as unknown as Herverzegeling).tot);
      }
    }
  }

  readStream(streamId: string, options?: { toPosition?: number }): Promise<RecordedEvent[]> {
    return this.checkedRead({ stream: streamId, ...options });
  }

  readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.checkedRead({ all: options });
  }

  /** With the head of the same snapshot when the inner store reads both in one round trip. */
  private async checkedRead(read: HeadedRead): Promise<RecordedEvent[]> {
    if (this.inner.readWithHead) {
      const { events, head } = await this.inner.readWithHead(read);
      return this.checked(events, head);
    }
    const events =
      'all' in read
        ? await this.inner.readAll(read.all)
        : await this.inner.readStream(read.stream, { toPosition: read.toPosition });
    return this.checked(events);
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  /** Readiness probes the inner store's write path (its append lock); the guard adds nothing to it. */
  async probeAppend(timeoutMs: number): Promise<void> {
    await this.inner.probeAppend?.(timeoutMs);
  }

  /** Subscriptions only wake their readers (which read through readAll); events pass as the store has them. */
  subscribe(options: SubscribeOptions): Subscription {
    return this.inner.subscribe(options);
  }

  watch(onAppended: (head?: number) => void): Watch {
    return this.inner.watch(onAppended);
  }

  async close(): Promise<void> {
    await this.inner.close();
    await this.onClose();
  }

  /**
   * The head is read after the events: an append moves the head in the transaction that writes its
   * events, so an event beyond a head read later was not written by an append. It is read again for
   * every read, never remembered: a head moved back (a truncated log) must refuse what lies beyond it.
   * Nothing read, nothing to check (most reads of a follower that is up to date). A head read in the
   * same snapshot as the events (`knownHead`) holds the same guarantee: an append writes its events
   * and moves the head in one transaction.
   */
  private async checked(events: RecordedEvent[], knownHead?: number): Promise<RecordedEvent[]> {
    if (events.length === 0) return events;
    const head = knownHead ?? (await this.inner.headPosition());
    for (const event of events) {
      if (event.position > head) {
        throw new LogboekFout(
          'LOGBOEK_GESCHONDEN',
          event.position,
          `het event ligt voorbij de kop (${head})`,
        );
      }
      const fout = zegelFout(this.macKey, event);
      if (fout === GEEN_ZEGEL && event.position <= this.herverzegeldTot) continue;
      if (fout) throw new LogboekFout('LOGBOEK_GESCHONDEN', event.position, fout);
    }
    // the seal is the log's business: readers get the metadata as it was written
    return events.map(({ metadata, ...event }) => {
      const { [ZEGEL_VELD]: _zegel, ...written } = metadata as unknown as Record<string, unknown>;
      return { ...event, metadata: written as unknown as RecordedEvent['metadata'] };
    });
  }

  private async versleutel(event: NewEvent): Promise<NewEvent> {
    const persoon = event.data.persoon as Persoon | undefined;
    if (persoon === undefined || persoon === null || typeof persoon !== 'object' || isVersleuteld(persoon)) {
      return event;
    }
    return { ...event, data: { ...event.data, persoon: await this.personen.versleutel(persoon) } };
  }
}
