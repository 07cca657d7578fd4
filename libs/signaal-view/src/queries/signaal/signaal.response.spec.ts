import { BELEID } from '@signaalspoor/domain/testing';
import type { RecordedEvent } from '@signaalspoor/event-store';
import { vouw } from '../../signalen/signaal-view';
import { STRAATLAMP } from '../../signalen/testing/straatlamp';
import { actiesVan, termijnenVan, volgendeTermijn } from './signaal.response';

// Monday 3 March 2025, 09:00 UTC: triage is due 5 working days later, on Monday 10 March.

function viewVan(...events: [type: string, data: Record<string, unknown>][]) {
  const recorded = events.map(([type, data], revision): RecordedEvent => ({
    id: `e${revision}`,
    streamId: 'signaal-s1',
    type,
    revision,
    position: 10 + revision,
    recordedAt: '2025-03-03T09:00:00.000Z',
    data,
    metadata: {
      actor: { rol: 'raad', id: 'raad-kiewit' },
      correlationId: 'c',
      causationId: 'c',
      schemaVersion: 1,
      occurredAt: '2025-03-03T09:00:00.000Z',
    },
  }));
  return vouw(recorded)!.view;
}

const ingediend: [string, Record<string, unknown>] = ['SignaalIngediend', STRAATLAMP];

describe('termijnenVan (the deadlines on the signaal detail)', () => {
  it('given a new signaal, when read before the triage deadline, then both deadlines run, none passed', () => {
    const view = viewVan(ingediend);
    expect(termijnenVan(view, BELEID, Date.parse('2025-03-10T08:59:00.000Z'))).toEqual([
      { soort: 'ontvangst', uiterlijk: '2025-03-10T09:00:00.000Z', overschreden: false },
      { soort: 'terugkoppeling', uiterlijk: '2025-04-14T08:00:00.000Z', overschreden: false },
    ]);
  });

  it('given a new signaal, when read at the triage deadline, then that one passed', () => {
    const [ontvangst] = termijnenVan(viewVan(ingediend), BELEID, Date.parse('2025-03-10T09:00:00.000Z'));
    expect(ontvangst).toMatchObject({ soort: 'ontvangst', overschreden: true });
  });

  it('given a routed signaal, then the answer deadline names the doorsturing and its dienst', () => {
    const view = viewVan(ingediend, [
      'DoorgestuurdNaarDienst',
      { doorsturingId: 'd1', dienstId: 'mobiliteit' },
    ]);
    expect(termijnenVan(view, BELEID, Date.parse('2025-03-04T09:00:00.000Z'))[0]).toEqual({
      soort: 'antwoord-dienst',
      uiterlijk: '2025-03-31T08:00:00.000Z',
      overschreden: false,
      doorsturingId: 'd1',
      dienstId: 'mobiliteit',
    });
  });

  it('given a routed signaal, then a list shows the deadline that passes first; none once closed', () => {
    const routed = viewVan(ingediend, [
      'DoorgestuurdNaarDienst',
      { doorsturingId: 'd1', dienstId: 'mobiliteit' },
    ]);
    expect(volgendeTermijn(routed, BELEID, Date.parse('2025-03-04T09:00:00.000Z'))).toMatchObject({
      soort: 'antwoord-dienst',
      uiterlijk: '2025-03-31T08:00:00.000Z',
    });
    const ingetrokken = viewVan(ingediend, ['SignaalIngetrokken', {}]);
    expect(volgendeTermijn(ingetrokken, BELEID, Date.parse('2025-03-04T09:00:00.000Z'))).toBeUndefined();
  });
});

describe('actiesVan (what the reader may do, on the signaal detail)', () => {
  it('given a routed signaal, then its dienst acts on its doorsturing and the wijkmanager may not link it', () => {
    const view = viewVan(ingediend, [
      'DoorgestuurdNaarDienst',
      { doorsturingId: 'd1', dienstId: 'mobiliteit' },
    ]);

    expect(actiesVan(view, { rol: 'dienst', id: 'm', dienstId: 'mobiliteit' })).toEqual([
      { actie: 'PakOp', doorsturingId: 'd1' },
      { actie: 'Beantwoord', doorsturingId: 'd1' },
      { actie: 'StuurTerug', doorsturingId: 'd1' },
      { actie: 'VoegBijlageToe' },
    ]);
    expect(actiesVan(view, { rol: 'wijkmanager', id: 'wm' }).map((a) => a.actie)).toEqual([
      'VraagVerduidelijking',
      'StuurDoor',
      'KoppelTerug',
      'ZetOpenbaar',
      'VoegBijlageToe',
    ]);
    expect(actiesVan(view, { rol: 'auditor', id: 'a' })).toEqual([]);
  });
});
