import {
  BACKWARDS,
  END,
  jsonEvent,
  START,
  WrongExpectedVersionError,
  type AllStreamRecordedEvent,
  type EventStoreDBClient,
  type ReadPosition,
} from '@eventstore/db-client';
import { readEvents } from './read';
import {
  entryPosition,
  expectedBefore,
  isAfter,
  isDomainEvent,
  json,
  LOG_ENTRY,
  LOG_STREAM,
  logEntry,
  POSITION_ENTRY,
  positionsStream,
  type LogEntry,
} from './mapping';

interface Tail {
  /** number of indexed events = position of the last one */
  head: number;
  /** $all position of the last indexed event */
  from: ReadPosition;
}

/**
 * Gives the domain events of $all their gap-free numeric positions. The n-th domain event in $all
 * order has position n, so the index is a function of $all: whoever writes it (any process, after a
 * crash, twice) writes the same thing, and expected revisions make each write happen once.
 * A pass writes each event's position into its stream's positions stream, then appends the events to
 * LOG_STREAM; a crash in between leaves positions that the next pass finds already written.
 */
export class PositionIndex {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly batchSize = 500,
  ) {}

  /** Indexes every domain event committed before the call; answers the head position. */
  catchUp(): Promise<number> {
    const pass = this.queue.then(() => this.index());
    this.queue = pass.catch(() => undefined);
    return pass;
  }

  /**
   * The head of the log without writing anything: the indexed head plus the domain events of $all
   * not indexed yet. For headPosition() and readiness, which must not write to the store.
   */
  async head(): Promise<number> {
    const tail = await this.tail();
    let head = tail.head;
    for (let from = tail.from; ;) {
      const batch = await this.unindexed(from);
      if (batch.length === 0) return head;
      head += batch.length;
      from = batch[batch.length - 1].position;
    }
  }

  /** The log entry at a position, or undefined when it is not indexed (yet). */
  async entryAt(position: number): Promise<LogEntry | undefined> {
    const [event] = await readEvents(this.client, LOG_STREAM, {
      fromRevision: BigInt(position - 1),
      maxCount: 1,
    });
    return event && json<LogEntry>(event);
  }

  /** $all position to continue from after a numeric position (START for 0). */
  async allPositionAfter(position: number): Promise<ReadPosition> {
    if (position === 0) return START;
    const entry = (await this.entryAt(position)) ?? (await this.catchUp().then(() => this.entryAt(position)));
    if (!entry) throw new Error(`position ${position} is beyond the head of the log`);
    return entryPosition(entry);
  }

  /** Positions of a stream's events, indexed by revision; indexes first when the stream is ahead. */
  async positionsOf(streamId: string, revisions: number): Promise<number[]> {
    let positions = await this.recordedPositions(streamId);
    if (positions.length < revisions) {
      await this.catchUp();
      positions = await this.recordedPositions(streamId);
    }
    if (positions.length < revisions) throw new Error(`positions of ${streamId} are missing from the index`);
    return positions;
  }

  private async recordedPositions(streamId: string): Promise<number[]> {
    const events = await readEvents(this.client, positionsStream(streamId), {});
    return events.map((event) => json<{ position: number }>(event).position);
  }

  private async index(): Promise<number> {
    for (;;) {
      const tail = await this.tail();
      const batch = await this.unindexed(tail.from);
      if (batch.length === 0) return tail.head;
      const entries = batch.map((event, index) => ({ ...logEntry(event), position: tail.head + index + 1 }));
      for (const streamId of new Set(entries.map((entry) => entry.streamId))) {
        await this.recordPositions(
          streamId,
          entries.filter((entry) => entry.streamId === streamId),
        );
      }
      try {
        await this.client.appendToStream(
          LOG_STREAM,
          entries.map(({ position: _, ...entry }) => jsonEvent({ type: LOG_ENTRY, data: { ...entry } })),
          { expectedRevision: expectedBefore(tail.head) },
        );
      } catch (error) {
        // another process indexed the same events first: continue from its tail
        if (!(error instanceof WrongExpectedVersionError)) throw error;
      }
    }
  }

  private async tail(): Promise<Tail> {
    const [last] = await readEvents(this.client, LOG_STREAM, {
      direction: BACKWARDS,
      fromRevision: END,
      maxCount: 1,
    });
    return last
      ? { head: Number(last.revision) + 1, from: entryPosition(json<LogEntry>(last)) }
      : { head: 0, from: START };
  }

  /** The next domain events of $all after `from`, at most batchSize. */
  private async unindexed(from: ReadPosition): Promise<AllStreamRecordedEvent[]> {
    const found: AllStreamRecordedEvent[] = [];
    let cursor = from;
    for (;;) {
      let read = 0;
      for await (const { event } of this.client.readAll({ fromPosition: cursor, maxCount: this.batchSize })) {
        read += 1;
        if (!event || !isAfter(event.position, cursor)) continue;
        cursor = event.position;
        if (isDomainEvent(event)) found.push(event);
        if (found.length === this.batchSize) return found;
      }
      // a page of only system and internal events: read on, unless $all ended
      if (found.length > 0 || read < this.batchSize) return found;
    }
  }

  /** Writes the positions a stream lacks; those already there were written by an earlier pass. */
  private async recordPositions(streamId: string, entries: { revision: number; position: number }[]) {
    let pending = entries;
    while (pending.length > 0) {
      const first = pending[0].revision;
      try {
        await this.client.appendToStream(
          positionsStream(streamId),
          pending.map(({ position }) => jsonEvent({ type: POSITION_ENTRY, data: { position } })),
          { expectedRevision: expectedBefore(first) },
        );
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        const actual = error.actualVersion;
        if (typeof actual !== 'bigint' || actual < BigInt(first - 1)) {
          throw new Error(`positions of ${streamId} have a gap before revision ${first}`, { cause: error });
        }
        pending = pending.filter((entry) => BigInt(entry.revision) > actual);
      }
    }
  }
}
