import { randomUUID } from 'node:crypto';
import {
  ANY,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  UnavailableError,
  WrongExpectedVersionError,
  type JSONEventData,
  type RecordedEvent as EsdbRecordedEvent,
} from '@eventstore/db-client';
import { EventStoreError } from '../errors';
import { newEvent } from '../contract/event-store.contract';
import {
  asStoreError,
  backoffMs,
  DOMAIN_STREAM_REGEX,
  entryPosition,
  expectationMet,
  expectedBefore,
  fromEsdbRevision,
  isAfter,
  isDomainEvent,
  logEntry,
  positionsStream,
  toEsdbEvent,
  toEsdbExpected,
  toRecorded,
} from './mapping';

describe('expected revisions', () => {
  it('translate to the client constants and bigints', () => {
    expect(['any', 'no-stream', 'stream-exists', 4].map((e) => toEsdbExpected(e as never))).toEqual([
      ANY,
      NO_STREAM,
      STREAM_EXISTS,
      4n,
    ]);
  });

  it('translate the actual revision back', () => {
    expect(fromEsdbRevision(NO_STREAM)).toBe('no-stream');
    expect(fromEsdbRevision(7n)).toBe(7);
  });

  it('the write of revision 0 expects no stream, a later one the revision before', () => {
    expect(expectedBefore(0)).toBe(NO_STREAM);
    expect(expectedBefore(3)).toBe(2n);
  });

  it.each([
    ['any', undefined, true],
    ['any', 2, true],
    ['no-stream', undefined, true],
    ['no-stream', 0, false],
    ['stream-exists', undefined, false],
    ['stream-exists', 0, true],
    [2, 2, true],
    [1, 2, false],
    [0, undefined, false],
  ] as const)('%s against %s: %s', (expected, current, met) => {
    expect(expectationMet(expected, current)).toBe(met);
  });
});

describe('the global log', () => {
  it('is made of the domain events only', () => {
    expect(isDomainEvent({ streamId: 'signaal-1', type: 'SignaalIngediend' })).toBe(true);
    expect(isDomainEvent({ streamId: '$stats-127.0.0.1:2113', type: '$statsCollected' })).toBe(false);
    expect(isDomainEvent({ streamId: 'signaal-1', type: '$metadata' })).toBe(false);
    expect(isDomainEvent({ streamId: positionsStream('signaal-1'), type: 'PositionRecorded' })).toBe(false);
  });

  it('the server-side stream filter keeps exactly the non-system, non-internal streams', () => {
    const regex = new RegExp(DOMAIN_STREAM_REGEX);

    expect(['signaal-1', 'raad-kermt', '_other'].every((stream) => regex.test(stream))).toBe(true);
    expect(['$all', '$$signaal-1', positionsStream('signaal-1')].some((stream) => regex.test(stream))).toBe(
      false,
    );
  });

  it('orders $all positions by commit, then prepare', () => {
    const at = (commit: bigint, prepare: bigint) => ({ commit, prepare });

    expect(isAfter(at(10n, 10n), START)).toBe(true);
    expect(isAfter(at(11n, 5n), at(10n, 10n))).toBe(true);
    expect(isAfter(at(10n, 11n), at(10n, 10n))).toBe(true);
    expect(isAfter(at(10n, 10n), at(10n, 10n))).toBe(false);
    expect(isAfter(at(9n, 20n), at(10n, 10n))).toBe(false);
  });

  it('log entries keep $all positions beyond 2^53 exactly', () => {
    const position = { commit: 2n ** 60n + 1n, prepare: 2n ** 60n + 1n };

    const entry = JSON.parse(JSON.stringify(logEntry({ streamId: 's', revision: 3n, position })));

    expect(entry).toMatchObject({ streamId: 's', revision: 3 });
    expect(entryPosition(entry)).toEqual(position);
  });
});

describe('events', () => {
  it('round-trip through ESDB, with recordedAt in the stored metadata only', () => {
    const event = newEvent('SignaalIngediend', { titel: 'Losliggende tegels', locatie: { a: [1, null] } });
    const written = toEsdbEvent(event, '2025-03-01T10:00:00.000Z') as JSONEventData;
    const stored = {
      streamId: 'signaal-1',
      id: written.id,
      isJson: true,
      revision: 4n,
      type: written.type,
      created: new Date(),
      data: written.data,
      metadata: written.metadata,
    } as EsdbRecordedEvent;

    expect(written.metadata).toMatchObject({ recordedAt: '2025-03-01T10:00:00.000Z' });
    expect(toRecorded(stored, 17)).toEqual({
      id: event.id,
      streamId: 'signaal-1',
      type: 'SignaalIngediend',
      revision: 4,
      position: 17,
      recordedAt: '2025-03-01T10:00:00.000Z',
      data: event.data,
      metadata: event.metadata,
    });
  });

  it('a binary event is refused', () => {
    const stored = {
      streamId: 's',
      id: randomUUID(),
      isJson: false,
      metadata: undefined,
    } as EsdbRecordedEvent;

    expect(() => toRecorded(stored, 1)).toThrow('is not JSON');
  });
});

describe('errors', () => {
  it('a lost connection becomes EVENT_STORE_UNAVAILABLE, a refusal passes through', () => {
    const refused = new WrongExpectedVersionError(undefined, {
      streamName: 's',
      expected: NO_STREAM,
      current: 0n,
    } as never);

    expect(asStoreError(new UnavailableError())).toMatchObject({
      code: 'EVENT_STORE_UNAVAILABLE',
      kind: 'unavailable',
    });
    expect(asStoreError(new UnavailableError())).toBeInstanceOf(EventStoreError);
    expect(asStoreError(refused)).toBe(refused);
  });

  it('resubscribing backs off exponentially, up to 30 s', () => {
    expect([0, 1, 2, 3, 20].map(backoffMs)).toEqual([100, 200, 400, 800, 30_000]);
  });
});
