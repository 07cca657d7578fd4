import {
  StreamNotFoundError,
  type EventStoreDBClient,
  type ReadStreamOptions,
  type RecordedEvent,
} from '@eventstore/db-client';

/** A stream's events as an array; [] for a stream that does not exist. Links are never resolved. */
export async function readEvents(
  client: EventStoreDBClient,
  stream: string,
  options: ReadStreamOptions = {},
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  try {
    for await (const { event } of client.readStream(stream, { ...options, resolveLinkTos: false })) {
      if (event) events.push(event);
    }
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return events;
}
