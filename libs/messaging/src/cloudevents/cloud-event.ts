import { SIGNAAL_STREAM_PREFIX } from '@signaalspoor/domain';
import type { RecordedEvent } from '@signaalspoor/event-store';

// CloudEvents 1.0, structured content mode, JSON event format. Written by hand rather than with the
// `cloudevents` package: that package serialises `time` with millisecond precision (recordedAt has
// microseconds, so the round trip would not be exact) and pulls in ajv and browser polyfills.

export const DEFAULT_SOURCE = '/signaalspoor/event-store';
/** Content type of a structured-mode message (Kafka protocol binding, `content-type` header). */
export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=UTF-8';

export interface CloudEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  /** the signaal id; the stream id for streams that are not a signaal */
  subject: string;
  /** recordedAt */
  time: string;
  datacontenttype: 'application/json';
  data: Record<string, unknown>;
  // extension attributes (lowercase alphanumerics only)
  streamid: string;
  revision: number;
  position: number;
  correlationid: string;
  causationid: string;
  actorrol: string;
  actorid: string;
  schemaversion: number;
  occurredat: string;
}

export class CloudEventDecodeError extends Error {
  override readonly name = 'CloudEventDecodeError';
}

/** The signaal id for a signaal stream, else the stream id itself. */
export function subjectOf(streamId: string): string {
  return streamId.startsWith(SIGNAAL_STREAM_PREFIX) ? streamId.slice(SIGNAAL_STREAM_PREFIX.length) : streamId;
}

export function toCloudEvent(event: RecordedEvent, source = DEFAULT_SOURCE): CloudEvent {
  const { metadata } = event;
  return {
    specversion: '1.0',
    id: event.id,
    source,
    type: event.type,
    subject: subjectOf(event.streamId),
    time: event.recordedAt,
    datacontenttype: 'application/json',
    data: event.data,
    streamid: event.streamId,
    revision: event.revision,
    position: event.position,
    correlationid: metadata.correlationId,
    causationid: metadata.causationId,
    actorrol: metadata.actor.rol,
    actorid: metadata.actor.id,
    schemaversion: metadata.schemaVersion,
    occurredat: metadata.occurredAt,
  };
}

/** The event back from a parsed CloudEvent; throws CloudEventDecodeError when it is not one of ours. */
export function fromCloudEvent(value: unknown): RecordedEvent {
  if (!isObject(value)) throw new CloudEventDecodeError('not a JSON object');
  const read = reader(value);
  if (value.specversion !== '1.0')
    throw new CloudEventDecodeError(`unsupported specversion ${String(value.specversion)}`);
  if (value.datacontenttype !== 'application/json') {
    throw new CloudEventDecodeError(`unsupported datacontenttype ${String(value.datacontenttype)}`);
  }
  if (!isObject(value.data)) throw new CloudEventDecodeError('data is not a JSON object');
  return {
    id: read.string('id'),
    streamId: read.string('streamid'),
    type: read.string('type'),
    revision: read.integer('revision'),
    position: read.integer('position'),
    recordedAt: read.string('time'),
    data: value.data,
    metadata: {
      actor: { rol: read.string('actorrol'), id: read.string('actorid') },
      correlationId: read.string('correlationid'),
      causationId: read.string('causationid'),
      schemaVersion: read.integer('schemaversion'),
      occurredAt: read.string('occurredat'),
    },
  };
}

export function encodeCloudEvent(event: RecordedEvent, source = DEFAULT_SOURCE): Buffer {
  return Buffer.from(JSON.stringify(toCloudEvent(event, source)));
}

export function decodeCloudEvent(bytes: Buffer | string | null): RecordedEvent {
  if (bytes === null) throw new CloudEventDecodeError('empty message');
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString());
  } catch (error) {
    throw new CloudEventDecodeError(`not JSON: ${(error as Error).message}`);
  }
  return fromCloudEvent(parsed);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function reader(value: Record<string, unknown>) {
  return {
    string(name: string): string {
      const found = value[name];
      if (typeof found !== 'string' || found === '')
        throw new CloudEventDecodeError(`${name} is not a non-empty string`);
      return found;
    },
    integer(name: string): number {
      const found = value[name];
      if (!Number.isSafeInteger(found)) throw new CloudEventDecodeError(`${name} is not an integer`);
      return found as number;
    },
  };
}
