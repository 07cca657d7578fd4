import { checkAppend, duplicateEventId } from '../append-checks';
import { CatchUpSubscription } from '../catch-up-subscription';
import { WrongExpectedRevisionError } from '../errors';
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The event store in the memory of one process, for tests that need a store but not PostgreSQL: it
 * passes the same contract (event-store.contract.ts) and decides an append as signaalspoor_append does
 * (replay of known ids, DUPLICATE_EVENT_ID, expected revision, gap-free positions, one recordedAt per
 * append). An append runs to completion in one turn of the event loop, so appends are serialised as
 * the PostgreSQL store's head lock serialises them. Events are kept as their JSON round trip, as jsonb
 * keeps them: a reader never shares an object with the writer.
 *
 * Not here: the hash chain (verifyChain is PostgresEventStore's own and not part of the port; the
 * seals of libs/logboek wrap any EventStore), probeAppend (no write lock to probe), and faults of a
 * network or a database.
 */
export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  /** lower-case event id → its event */
  private readonly byId = new Map<string, RecordedEvent>();
  private readonly subscriptions = new Set<CatchUpSubscription>();
  private readonly watchers = new Set<(head?: number) => void>();
  private closed = false;

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    this.checkOpen();
    const { ids } = checkAppend(streamId, events);
    const notUuid = ids.find((id) => !UUID.test(id));
    if (notUuid !== undefined) throw new TypeError(`Event-id ${notUuid} is geen UUID (stream ${streamId})`);
    const stream = this.streams.get(streamId) ?? [];

    const known = ids.map((id) => this.byId.get(id)).filter((event) => event !== undefined);
    if (known.length > 0) {
      if (known.length !== ids.length || known.some((event) => event.streamId !== streamId)) {
        throw duplicateEventId(streamId, 'already used by another append');
      }
      const last = known.reduce((a, b) => (b.position > a.position ? b : a));
      return { nextRevision: last.revision, position: last.position };
    }

    const current = stream.length - 1;
    if (!matches(expected, current)) {
      throw new WrongExpectedRevisionError(streamId, String(expected), current < 0 ? 'no-stream' : current);
    }
    if (events.length === 0) return { nextRevision: current, position: this.log.length };

    const recordedAt = new Date().toISOString().replace('Z', '000Z');
    events.forEach((event, index) => {
      const recorded: RecordedEvent = {
        id: ids[index],
        streamId,
        type: event.type,
        revision: stream.length,
        position: this.log.length + 1,
        recordedAt,
        data: jsonCopy(event.data),
        metadata: jsonCopy(event.metadata),
      };
      stream.push(recorded);
      this.log.push(recorded);
      this.byId.set(recorded.id, recorded);
    });
    this.streams.set(streamId, stream);
    const head = this.log.length;
    this.subscriptions.forEach((subscription) => subscription.wake());
    this.watchers.forEach((watcher) => watcher(head));
    return { nextRevision: stream.length - 1, position: head };
  }

  async readStream(streamId: string, options: { toPosition?: number } = {}): Promise<RecordedEvent[]> {
    this.checkOpen();
    const { toPosition = Infinity } = options;
    return (this.streams.get(streamId) ?? []).filter((event) => event.position <= toPosition).map(jsonCopy);
  }

  async readAll({ after, limit }: ReadAllOptions): Promise<RecordedEvent[]> {
    this.checkOpen();
    return this.log.slice(Math.max(after, 0), Math.max(after, 0) + limit).map(jsonCopy);
  }

  async headPosition(): Promise<number> {
    this.checkOpen();
    return this.log.length;
  }

  subscribe(options: SubscribeOptions): Subscription {
    this.checkOpen();
    // every append wakes the subscription, so it needs no poll
    const subscription = new CatchUpSubscription({
      ...options,
      readAll: (read) => this.readAll(read),
      onClosed: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  watch(onAppended: (head?: number) => void): Watch {
    this.checkOpen();
    const watcher = (head?: number) => onAppended(head);
    this.watchers.add(watcher);
    return { close: async () => void this.watchers.delete(watcher) };
  }

  /** Stops the subscriptions and watches; the store refuses every call after it, as a closed pool does. */
  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    this.watchers.clear();
    this.closed = true;
  }

  private checkOpen(): void {
    if (this.closed) throw new Error('The in-memory event store is closed');
  }
}

function matches(expected: ExpectedRevision, current: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no-stream') return current < 0;
  if (expected === 'stream-exists') return current >= 0;
  return expected === current;
}

const jsonCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
