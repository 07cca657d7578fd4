import type { Bal } from '@signaalspoor/domain';
import type { RecordedEvent } from '@signaalspoor/event-store';
import { vouw, type SignaalView } from './signaal-view';
import type { Namen } from '@signaalspoor/reference-data';
import { doorsturingDuur, gegevensVan, houderVan } from './traject';

const at = (hour: number) => `2025-03-03T${String(hour).padStart(2, '0')}:00:00.000Z`;
const HOUR = 3_600_000;

let revision = 0;
const event = (type: string, hour: number, data: Record<string, unknown>): RecordedEvent => ({
  id: `e${revision}`,
  streamId: 'signaal-s1',
  type,
  revision: revision,
  position: 10 + revision++,
  recordedAt: at(hour),
  data,
  metadata: {
    actor: { rol: 'test', id: 't' },
    correlationId: 'c',
    causationId: 'c',
    schemaVersion: 1,
    occurredAt: at(hour),
  },
});
const ingediend = () =>
  event('SignaalIngediend', 8, {
    signaalId: 's1',
    raadId: 'kiewit',
    titel: 'Straatlamp kapot',
    omschrijving: 'De lamp aan de speeltuin brandt niet.',
    thema: 'openbare-verlichting',
    bron: 'open-forum',
    persoon: { naam: 'An' },
  });
const doorgestuurd = (doorsturingId: string, dienstId: string, hour: number) =>
  event('DoorgestuurdNaarDienst', hour, { doorsturingId, dienstId });

const viewOf = (...events: RecordedEvent[]): SignaalView => vouw(events)!.view;
const fresh = () => (revision = 0);

const namen: Namen = {
  raad: (id) => (id === 'kiewit' ? 'Wijkraad Kiewit' : id),
  dienst: (id) => ({ wegen: 'Dienst Wegen', groen: 'Dienst Groen' })[id] ?? id,
  wijkmanager: () => ({ id: 'wm-noord', naam: 'Wijkmanager Noord' }),
};

describe('gegevensVan', () => {
  it('keeps the data of a hop but not the personal data', () => {
    expect(gegevensVan({ doorsturingId: 'd1', dienstId: 'wegen', persoon: { naam: 'Jan' } })).toEqual({
      doorsturingId: 'd1',
      dienstId: 'wegen',
    });
  });
});

describe('doorsturingDuur', () => {
  beforeEach(fresh);

  it('given a doorsturing picked up and answered, measures both from the routing', () => {
    const view = viewOf(
      ingediend(),
      doorgestuurd('d1', 'wegen', 9),
      event('OpgepaktDoorDienst', 11, { doorsturingId: 'd1', dienstId: 'wegen' }),
      event('BeantwoordDoorDienst', 14, {
        doorsturingId: 'd1',
        dienstId: 'wegen',
        besluit: 'ingepland',
        antwoord: 'Volgende week.',
      }),
    );
    expect(doorsturingDuur(view.doorsturingen[0]!)).toEqual({
      id: 'd1',
      dienstId: 'wegen',
      status: 'beantwoord',
      doorgestuurdOp: at(9),
      opgepaktOp: at(11),
      afgehandeldOp: at(14),
      totOppakkenMs: 2 * HOUR,
      totAntwoordMs: 5 * HOUR,
    });
  });

  it('given a doorsturing sent back without pickup, has no pickup time but an answer time', () => {
    const view = viewOf(
      ingediend(),
      doorgestuurd('d1', 'groen', 9),
      event('TeruggestuurdDoorDienst', 10, {
        doorsturingId: 'd1',
        dienstId: 'groen',
        reden: 'Niet voor ons.',
      }),
    );
    expect(doorsturingDuur(view.doorsturingen[0]!)).toMatchObject({
      totOppakkenMs: null,
      totAntwoordMs: HOUR,
    });
  });

  it('given an open doorsturing, has no durations yet', () => {
    const view = viewOf(ingediend(), doorgestuurd('d1', 'wegen', 9));
    expect(doorsturingDuur(view.doorsturingen[0]!)).toMatchObject({
      totOppakkenMs: null,
      totAntwoordMs: null,
    });
  });
});

describe('houderVan', () => {
  beforeEach(fresh);
  const wijkmanager: Bal = { bij: 'wijkmanager' };

  it('names the diensten holding it by name, whether each picked it up, since the hop that last changed the court', () => {
    const view = viewOf(
      ingediend(),
      doorgestuurd('d1', 'wegen', 9),
      doorgestuurd('d2', 'groen', 10),
      event('OpgepaktDoorDienst', 11, { doorsturingId: 'd1', dienstId: 'wegen' }),
    );
    const hops = [
      { at: at(8), bal: wijkmanager },
      { at: at(9), bal: { bij: 'dienst', diensten: ['wegen'] } as Bal },
      { at: at(10), bal: { bij: 'dienst', diensten: ['wegen', 'groen'] } as Bal },
      { at: at(11), bal: { bij: 'dienst', diensten: ['wegen', 'groen'] } as Bal },
    ];
    expect(houderVan(view, hops, namen)).toEqual({
      rol: 'dienst',
      diensten: [
        { id: 'wegen', naam: 'Dienst Wegen', opgepakt: true },
        { id: 'groen', naam: 'Dienst Groen', opgepakt: false },
      ],
      omschrijving: 'Dienst Wegen (opgepakt), Dienst Groen (nog niet opgepakt): in behandeling.',
      sinds: at(10),
    });
  });

  it('goes back over hops that left the court unchanged, and names the raad', () => {
    const view = viewOf(ingediend(), event('VerduidelijkingGevraagd', 9, { vraag: 'Waar?' }));
    const hops = [
      { at: at(8), bal: wijkmanager },
      { at: at(9), bal: { bij: 'raad' } as Bal },
      { at: at(10), bal: { bij: 'raad' } as Bal },
    ];
    expect(houderVan(view, hops, namen)).toEqual({
      rol: 'raad',
      id: 'kiewit',
      naam: 'Wijkraad Kiewit',
      omschrijving: 'De raad: de wijkmanager vroeg om verduidelijking.',
      sinds: at(9),
    });
  });

  it('names the wijkmanager of the raad', () => {
    const view = viewOf(ingediend());
    expect(houderVan(view, [{ at: at(8), bal: wijkmanager }], namen)).toMatchObject({
      rol: 'wijkmanager',
      id: 'wm-noord',
      naam: 'Wijkmanager Noord',
    });
  });
});
