import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  jsonEvent,
  NO_STREAM,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { EventStoreError, WrongExpectedRevisionError } from '../errors';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  Watch,
} from '../event-store.port';
import { EsdbSubscription } from './esdb-subscription';
import {
  asStoreError,
  EVENT_ID_CLAIM,
  eventIdStream,
  expectationMet,
  fromEsdbRevision,
  isAfter,
  isDomainEvent,
  isReservedStream,
  json,
  toEsdbEvent,
  toEsdbExpected,
  toRecorded,
} from './mapping';
import { PositionIndex } from './position-index';
import { readEvents } from './read';

export interface EsdbEventStoreOptions {
  /** e.g. esdb://localhost:2113?tls=false */
  connectionString: string;
  /** events per page when the position index reads $all */
  indexBatchSize?: number;
}

type Claim = 'new' | 'ours' | 'theirs';

/** $all events per read when paging for domain events */
const PAGE = 100;

/**
 * The event store on EventStoreDB/KurrentDB. Each domain stream is an ESDB stream, so ESDB checks
 * expected revisions. The port's gap-free positions come from PositionIndex (numbering the domain
 * events of $all); event ids are made unique across streams by claiming each id in its own stream.
 * The adapter owns the whole database: every non-system stream outside INTERNAL_PREFIX is a domain
 * stream. Not verified against a live server: see docs/event-store-esdb.md.
 */
export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly index: PositionIndex;
  private readonly subscriptions = new Set<EsdbSubscription>();

  constructor(options: EsdbEventStoreOptions) {
    this.client = EventStoreDBClient.connectionString(options.connectionString);
    this.index = new PositionIndex(this.client, options.indexBatchSize);
  }

  append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return guarded(() => this.write(streamId, events, expected));
  }

  readStream(streamId: string, options: { toPosition?: number } = {}): Promise<RecordedEvent[]> {
    return guarded(async () => {
      const events = await readEvents(this.client, streamId);
      if (events.length === 0) return [];
      const positions = await this.index.positionsOf(streamId, events.length);
      return events
        .map((event) => toRecorded(event, positions[Number(event.revision)]))
        .filter((event) => options.toPosition === undefined || event.position <= options.toPosition);
    });
  }

  readAll({ after, limit }: ReadAllOptions): Promise<RecordedEvent[]> {
    return guarded(async () => {
      let from = await this.index.allPositionAfter(after);
      const events: RecordedEvent[] = [];
      const page = Math.max(limit, PAGE);
      // $all holds system and internal events too: read pages until `limit` domain events or the end
      for (let read = page; read === page && events.length < limit;) {
        read = 0;
        for await (const { event } of this.client.readAll({ fromPosition: from, maxCount: page })) {
          read += 1;
          if (!event || !isAfter(event.position, from)) continue;
          from = event.position;
          if (isDomainEvent(event)) events.push(toRecorded(event, after + events.length + 1));
          if (events.length === limit) break;
        }
      }
      return events;
    });
  }

  /** Reads only: the index is written by appends and reads that need positions, never by this. */
  headPosition(): Promise<number> {
    return guarded(() => this.index.head());
  }

  subscribe(options: SubscribeOptions): Subscription {
    const subscription = new EsdbSubscription(this.client, this.index, options, () =>
      this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** A live subscription from the head whose handler only signals (EventStoreDB has no lighter signal). */
  watch(onAppended: (head?: number) => void): Watch {
    let closed = false;
    let subscription: Subscription | undefined;
    const started = this.headPosition().then(
      (after) => {
        if (closed) return;
        subscription = this.subscribe({ after, handler: async (event) => onAppended(event.position) });
        onAppended(); // appends between the caller's last read and this subscription
      },
      () => onAppended(), // the caller's poll carries on
    );
    return {
      close: async () => {
        closed = true;
        await started;
        await subscription?.close();
      },
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  private async write(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    if (isReservedStream(streamId)) throw new Error(`stream ${streamId} is reserved for the store`);
    const ids = events.map((event) => event.id.toLowerCase());
    if (new Set(ids).size !== ids.length) throw duplicateEventId(streamId, 'twice in one append');
    if (events.length === 0) return this.emptyAppend(streamId, expected);

    const claims = await Promise.all(ids.map((id) => this.claim(id, streamId)));
    if (claims.includes('theirs')) throw duplicateEventId(streamId, 'already used in another stream');
    if (claims.includes('ours')) {
      const replay = await this.replayed(streamId, ids);
      if (replay) return replay;
    }

    const recordedAt = new Date().toISOString();
    let nextRevision: number;
    try {
      const result = await this.client.appendToStream(
        streamId,
        events.map((event) => toEsdbEvent(event, recordedAt)),
        { expectedRevision: toEsdbExpected(expected) },
      );
      nextRevision = Number(result.nextExpectedRevision);
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      throw new WrongExpectedRevisionError(streamId, String(expected), fromEsdbRevision(error.actualVersion));
    }
    const positions = await this.index.positionsOf(streamId, nextRevision + 1);
    return { nextRevision, position: positions[nextRevision] };
  }

  /**
   * Claims an event id for a stream. A claim is never released: an id refused by a conflict stays
   * usable in its own stream only.
   */
  private async claim(eventId: string, streamId: string): Promise<Claim> {
    try {
      await this.client.appendToStream(
        eventIdStream(eventId),
        jsonEvent({ type: EVENT_ID_CLAIM, data: { streamId } }),
        {
          expectedRevision: NO_STREAM,
        },
      );
      return 'new';
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const [claim] = await readEvents(this.client, eventIdStream(eventId), { maxCount: 1 });
      return json<{ streamId: string }>(claim).streamId === streamId ? 'ours' : 'theirs';
    }
  }

  /** When the stream already holds these ids as one earlier append, that append's result. */
  private async replayed(streamId: string, ids: string[]): Promise<AppendResult | undefined> {
    const found = (await this.readStream(streamId)).filter((event) => ids.includes(event.id.toLowerCase()));
    if (found.length === 0) return undefined; // claimed by an append that was refused or never arrived
    const sameAppend =
      found.length === ids.length &&
      found.every(
        (event, index) =>
          event.id.toLowerCase() === ids[index] && event.revision === found[0].revision + index,
      );
    if (!sameAppend) throw duplicateEventId(streamId, 'already used by another append');
    const last = found[found.length - 1];
    return { nextRevision: last.revision, position: last.position };
  }

  private async emptyAppend(streamId: string, expected: ExpectedRevision): Promise<AppendResult> {
    const [last] = await readEvents(this.client, streamId, {
      direction: BACKWARDS,
      fromRevision: END,
      maxCount: 1,
    });
    const current = last ? Number(last.revision) : undefined;
    if (!expectationMet(expected, current))
      throw new WrongExpectedRevisionError(streamId, String(expected), current ?? 'no-stream');
    return { nextRevision: current ?? -1, position: await this.index.catchUp() };
  }
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asStoreError(error);
  }
}

function duplicateEventId(streamId: string, reason: string): EventStoreError {
  return new EventStoreError(
    'DUPLICATE_EVENT_ID',
    `Dubbel event-id bij stream ${streamId}: ${reason}.`,
    'conflict',
  );
}
