import type { RecordedEvent } from '@signaalspoor/event-store';
import { DEMO_REFERENCE_DATA, parseReferenceData, ReferenceData } from '@signaalspoor/reference-data';
import { vouw } from '@signaalspoor/signaal-view';
import { open311Request } from './open311/open311';
import { publiekSignaal } from './publiek-signaal';

const reference = new ReferenceData(parseReferenceData(structuredClone(DEMO_REFERENCE_DATA)));

const ingediend = (data: Record<string, unknown>): RecordedEvent => ({
  id: 'e0',
  streamId: 'signaal-s1',
  type: 'SignaalIngediend',
  revision: 0,
  position: 1,
  recordedAt: '2026-12-07T08:00:00.000Z',
  data: {
    signaalId: 's1',
    raadId: 'dr-kermt',
    titel: 'Bank kapot',
    omschrijving: 'Aan het kerkplein.',
    thema: 'openbaar-domein',
    bron: 'open-forum',
    ...data,
  },
  metadata: {
    actor: { rol: 'raad', id: 'dr-kermt' },
    correlationId: 'c',
    causationId: 'c',
    schemaVersion: 1,
    occurredAt: '2026-12-07T08:00:00.000Z',
  },
});

const publiek = (data: Record<string, unknown>) => publiekSignaal(vouw([ingediend(data)])!, reference);

describe('the place of a public signaal', () => {
  it('given a point chosen on the map (coordinaten), then the public JSON and Open311 show it', () => {
    const signaal = publiek({
      coordinaten: { lat: 50.93, lon: 5.34 },
      locatie: { omschrijving: 'Kerkplein' },
    });
    expect(signaal.locatie).toEqual({ omschrijving: 'Kerkplein', lat: 50.93, lon: 5.34 });
    expect(open311Request(signaal)).toMatchObject({ lat: 50.93, long: 5.34, address: 'Kerkplein' });
  });

  it('given only the point of an older locatie, then that one; given none, then null in Open311', () => {
    expect(publiek({ locatie: { omschrijving: 'Kerkplein', lat: 50.9, lon: 5.3 } }).locatie).toEqual({
      omschrijving: 'Kerkplein',
      lat: 50.9,
      lon: 5.3,
    });
    expect(open311Request(publiek({}))).toMatchObject({ lat: null, long: null });
  });
});
