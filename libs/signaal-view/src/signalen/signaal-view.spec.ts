import type { RecordedEvent } from '@signaalspoor/event-store';
import { projecteer, vouw, type SignaalView } from './signaal-view';
import { STRAATLAMP } from './testing/straatlamp';

const at = (hour: number) => `2025-03-03T${String(hour).padStart(2, '0')}:00:00.000Z`;

function stream() {
  let revision = 0;
  return (type: string, hour: number, data: Record<string, unknown> = {}): RecordedEvent => ({
    id: `e${revision}`,
    streamId: 'signaal-s1',
    type,
    revision,
    position: 100 + 10 * revision++,
    recordedAt: at(hour),
    data,
    metadata: {
      actor: { rol: 'wijkmanager', id: 'wm-noord' },
      correlationId: 'c',
      causationId: 'c',
      schemaVersion: 1,
      occurredAt: at(hour),
    },
  });
}

const ingediendData = { ...STRAATLAMP, persoon: { naam: 'An', email: 'an@example.org' } };

describe('projecteer (the SignaalView projection)', () => {
  it('given no signaal, when SignaalIngediend, then a view at the wijkmanager, with its revision and position', () => {
    const e = stream();
    const result = projecteer(null, e('SignaalIngediend', 8, ingediendData));
    const { signaalId: id, ...inhoud } = STRAATLAMP;
    expect(result?.view).toEqual<SignaalView>({
      id,
      ...inhoud,
      status: 'ingediend',
      ingediendOp: at(8),
      gewijzigdOp: at(8),
      doorsturingen: [],
      terugkoppelingen: [],
      heropend: false,
      overschredenTermijnen: [],
      bal: { bij: 'wijkmanager' },
      revision: 0,
      positie: 100,
    });
    expect(result?.hop).toEqual({
      positie: 100,
      revision: 0,
      type: 'SignaalIngediend',
      actor: { rol: 'wijkmanager', id: 'wm-noord' },
      at: at(8),
      duurMs: null,
      bal: { bij: 'wijkmanager' },
      // the person is left out
      gegevens: STRAATLAMP,
    });
  });

  it('given a routed signaal, when the dienst answers, then the ball is back with the wijkmanager and the hop measures the time', () => {
    const e = stream();
    const given = vouw([
      e('SignaalIngediend', 8, ingediendData),
      e('DoorgestuurdNaarDienst', 9, { doorsturingId: 'd1', dienstId: 'wegen' }),
    ])!.view;
    expect(given.bal).toEqual({ bij: 'dienst', diensten: ['wegen'] });

    const result = projecteer(
      given,
      e('BeantwoordDoorDienst', 12, {
        doorsturingId: 'd1',
        dienstId: 'wegen',
        besluit: 'ingepland',
        antwoord: 'Mei.',
      }),
    );

    expect(result?.view).toMatchObject({
      status: 'beantwoord',
      bal: { bij: 'wijkmanager' },
      gewijzigdOp: at(12),
      revision: 2,
      positie: 120,
      doorsturingen: [{ id: 'd1', status: 'beantwoord', besluit: 'ingepland', beantwoordOp: at(12) }],
    });
    expect(result?.hop).toMatchObject({ duurMs: 3 * 3_600_000, bal: { bij: 'wijkmanager' } });
  });

  it('given an open signaal, when a deadline is reported, then the view lists it as overschreden', () => {
    const e = stream();
    const view = vouw([
      e('SignaalIngediend', 8, ingediendData),
      e('TermijnOverschreden', 9, { termijn: 'ontvangst', vervaldatum: at(9) }),
    ])?.view;
    expect(view?.overschredenTermijnen).toEqual(['ontvangst']);
  });

  it('given no SignaalIngediend, when another event comes first, then there is no signaal', () => {
    const e = stream();
    expect(projecteer(null, e('SignaalAfgesloten', 8, { wijze: 'aanvaard' }))).toBeNull();
    expect(vouw([])).toBeNull();
  });
});
