import type { RecordedEvent } from '@signaalspoor/event-store';
import { CloudEventDecodeError, decodeCloudEvent, encodeCloudEvent, toCloudEvent } from './cloud-event';

const recorded = (streamId: string): RecordedEvent => ({
  id: '0b0c6a53-7f3e-4d8e-9a55-3c8f1b8f2a10',
  streamId,
  type: 'SignaalIngediend',
  revision: 3,
  position: 1234,
  recordedAt: '2025-03-14T09:26:53.589793Z',
  data: {
    titel: 'Losliggende stoeptegels',
    locatie: { straat: 'Kermtstraat', nr: 12 },
    themas: ['mobiliteit'],
  },
  metadata: {
    actor: { rol: 'raad', id: 'raad-kermt' },
    correlationId: 'c0ffee00-0000-4000-8000-000000000001',
    causationId: 'c0ffee00-0000-4000-8000-000000000002',
    schemaVersion: 2,
    occurredAt: '2025-03-14T09:26:53.000Z',
  },
});

describe('CloudEvents codec', () => {
  it('maps an event onto the CloudEvents 1.0 attributes', () => {
    const cloudEvent = toCloudEvent(recorded('signaal-8d3b7c1e-2b4f-4c52-9b61-1d2a3e4f5a6b'));

    expect(cloudEvent).toEqual({
      specversion: '1.0',
      id: '0b0c6a53-7f3e-4d8e-9a55-3c8f1b8f2a10',
      source: '/signaalspoor/event-store',
      type: 'SignaalIngediend',
      subject: '8d3b7c1e-2b4f-4c52-9b61-1d2a3e4f5a6b',
      time: '2025-03-14T09:26:53.589793Z',
      datacontenttype: 'application/json',
      data: recorded('x').data,
      streamid: 'signaal-8d3b7c1e-2b4f-4c52-9b61-1d2a3e4f5a6b',
      revision: 3,
      position: 1234,
      correlationid: 'c0ffee00-0000-4000-8000-000000000001',
      causationid: 'c0ffee00-0000-4000-8000-000000000002',
      actorrol: 'raad',
      actorid: 'raad-kermt',
      schemaversion: 2,
      occurredat: '2025-03-14T09:26:53.000Z',
    });
    // extension attribute names: lowercase alphanumerics only
    expect(Object.keys(cloudEvent).every((name) => /^[a-z0-9]+$/.test(name))).toBe(true);
  });

  it.each(['signaal-8d3b7c1e-2b4f-4c52-9b61-1d2a3e4f5a6b', 'reference-data'])(
    'round-trips %s exactly',
    (streamId) => {
      const event = recorded(streamId);

      expect(decodeCloudEvent(encodeCloudEvent(event))).toStrictEqual(event);
    },
  );

  it('the subject of a stream that is not a signaal is the stream id', () => {
    expect(toCloudEvent(recorded('reference-data')).subject).toBe('reference-data');
  });

  it.each([
    ['bytes that are not JSON', Buffer.from([0xff, 0x00, 0x7b])],
    ['an empty message', null],
    ['a JSON array', Buffer.from('[]')],
    [
      'another specversion',
      Buffer.from(JSON.stringify({ ...toCloudEvent(recorded('s')), specversion: '0.3' })),
    ],
    [
      'a missing extension',
      Buffer.from(JSON.stringify({ ...toCloudEvent(recorded('s')), position: undefined })),
    ],
    ['a fractional revision', Buffer.from(JSON.stringify({ ...toCloudEvent(recorded('s')), revision: 1.5 }))],
  ])('refuses %s', (_, bytes) => {
    expect(() => decodeCloudEvent(bytes)).toThrow(CloudEventDecodeError);
  });
});
