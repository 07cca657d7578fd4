import { fold, type Bal, type SignaalEvent, type SignaalState } from '@signaalspoor/domain';
import { doorsturingDuur, gegevensVan, houderVan } from './traject';

const at = (hour: number) => `2025-03-03T${String(hour).padStart(2, '0')}:00:00.000Z`;
const HOUR = 3_600_000;

const ingediend: SignaalEvent = {
  type: 'SignaalIngediend',
  at: at(8),
  data: {
    signaalId: 's1',
    raadId: 'kiewit',
    titel: 'Straatlamp kapot',
    omschrijving: 'De lamp aan de speeltuin brandt niet.',
    thema: 'openbare-verlichting',
    bron: 'open-forum',
    persoon: { naam: 'An' },
  },
};
const doorgestuurd = (doorsturingId: string, dienstId: string, hour: number): SignaalEvent => ({
  type: 'DoorgestuurdNaarDienst',
  at: at(hour),
  data: { doorsturingId, dienstId },
});

const stateOf = (...events: SignaalEvent[]) => fold(events) as SignaalState;

describe('gegevensVan', () => {
  it('keeps the data of a hop but not the personal data', () => {
    expect(gegevensVan({ doorsturingId: 'd1', dienstId: 'wegen', persoon: { naam: 'Jan' } })).toEqual({
      doorsturingId: 'd1',
      dienstId: 'wegen',
    });
  });
});

describe('doorsturingDuur', () => {
  it('given a doorsturing picked up and answered, measures both from the routing', () => {
    const state = stateOf(
      ingediend,
      doorgestuurd('d1', 'wegen', 9),
      { type: 'OpgepaktDoorDienst', at: at(11), data: { doorsturingId: 'd1', dienstId: 'wegen' } },
      {
        type: 'BeantwoordDoorDienst',
        at: at(14),
        data: { doorsturingId: 'd1', dienstId: 'wegen', besluit: 'ingepland', antwoord: 'Volgende week.' },
      },
    );
    expect(doorsturingDuur(state.doorsturingen[0]!)).toEqual({
      doorsturingId: 'd1',
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
    const state = stateOf(ingediend, doorgestuurd('d1', 'groen', 9), {
      type: 'TeruggestuurdDoorDienst',
      at: at(10),
      data: { doorsturingId: 'd1', dienstId: 'groen', reden: 'Niet voor ons.' },
    });
    expect(doorsturingDuur(state.doorsturingen[0]!)).toMatchObject({
      totOppakkenMs: null,
      totAntwoordMs: HOUR,
    });
  });

  it('given an open doorsturing, has no durations yet', () => {
    const state = stateOf(ingediend, doorgestuurd('d1', 'wegen', 9));
    expect(doorsturingDuur(state.doorsturingen[0]!)).toMatchObject({
      totOppakkenMs: null,
      totAntwoordMs: null,
    });
  });
});

describe('houderVan', () => {
  const wijkmanager: Bal = { bij: 'wijkmanager' };

  it('names the diensten holding it, since the hop that last changed the court', () => {
    const state = stateOf(ingediend, doorgestuurd('d1', 'wegen', 9), doorgestuurd('d2', 'groen', 10));
    const hops = [
      { at: at(8), bal: wijkmanager },
      { at: at(9), bal: { bij: 'dienst', diensten: ['wegen'] } as Bal },
      { at: at(10), bal: { bij: 'dienst', diensten: ['wegen', 'groen'] } as Bal },
    ];
    expect(houderVan(state, hops)).toEqual({
      omschrijving: 'Diensten wegen, groen: in behandeling.',
      sinds: at(10),
    });
  });

  it('goes back over hops that left the court unchanged', () => {
    const state = stateOf(ingediend, {
      type: 'VerduidelijkingGevraagd',
      at: at(9),
      data: { vraag: 'Waar?' },
    });
    const hops = [
      { at: at(8), bal: wijkmanager },
      { at: at(9), bal: { bij: 'raad' } as Bal },
      { at: at(10), bal: { bij: 'raad' } as Bal },
    ];
    expect(houderVan(state, hops)).toEqual({
      omschrijving: 'De raad: de wijkmanager vroeg om verduidelijking.',
      sinds: at(9),
    });
  });
});
