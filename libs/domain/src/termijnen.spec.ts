import type { MeldTermijnOverschreden, SluitAutomatischAf } from './commands';
import { decide } from './decide';
import type { SignaalEvent, Termijn } from './events';
import { evolve } from './evolve';
import * as ev from './fixtures';
import type { SignaalState } from './state';
import { lopendeTermijnen, termijnCommands, volgendeTermijnActie, type TermijnBeleid } from './termijnen';
import { AT, BELEID, staatNa } from './testing';

// AT is Monday 3 March 2025, 09:00 UTC (10:00 in Brussels). Deadlines keep the Brussels time of day:
// after the change to summer time (30 March 2025) that is 08:00 UTC.
const t = (date: string, time = '09:00') => `${date}T${time}:00.000Z`;
/** A local day off of the city (not a public holiday). */
const EXTRA = ['2025-04-22'];

type Due = Omit<MeldTermijnOverschreden, 'at'> | Omit<SluitAutomatischAf, 'at'>;
const overschreden = (termijn: Termijn, vervaldatum: string, doorsturingId?: string): Due => ({
  type: 'MeldTermijnOverschreden',
  termijn,
  vervaldatum,
  ...(doorsturingId && { doorsturingId }),
});
const sluitAutomatischAf = (aanvaardingstermijnDagen = 30): Due => ({
  type: 'SluitAutomatischAf',
  aanvaardingstermijnDagen,
});
const routedAt = (at: string, doorsturingId: string, dienstId = 'wegen'): SignaalEvent => ({
  ...ev.doorgestuurd(doorsturingId, dienstId),
  at,
});

/** Whether the moment falls at or before `now` (no moment: never). */
const valtVoor = (moment: string | undefined, now: string) =>
  moment !== undefined && Date.parse(moment) <= Date.parse(now);

function given(...history: SignaalEvent[]) {
  const state = staatNa(...history);
  return {
    when: (now: string, beleid: TermijnBeleid = BELEID) => ({
      /**
       * Expects exactly these commands, at `now`; the decider accepts them, after which nothing is due.
       * The next action's moment agrees: at or before `now` when something is due, after it otherwise.
       */
      then(...expected: Due[]) {
        const commands = termijnCommands(state, now, beleid);
        expect(commands.map(({ at: _at, ...rest }) => rest)).toStrictEqual(expected);
        expect(commands.every((command) => command.at === now)).toBe(true);
        expect(valtVoor(volgendeTermijnActie(state, beleid), now)).toBe(expected.length > 0);

        const after = commands.reduce((current, command) => {
          const events = decide(command, current);
          expect(events).toHaveLength(1);
          return events.reduce(evolve, current) as SignaalState;
        }, state);
        expect(termijnCommands(after, now, beleid)).toEqual([]);
        expect(valtVoor(volgendeTermijnActie(after, beleid), now)).toBe(false);
      },
    }),
  };
}

/** Routed, answered, and final feedback on 1 April 2025. */
const final = [ev.ingediend(), ev.doorgestuurd(), ev.beantwoord(), ev.teruggekoppeld(true, t('2025-04-01'))];

/** Submitted at `op`: nothing is due just before `vervalt`, the ontvangst deadline has passed at it. */
function ontvangstVervalt(op: string, nogNiet: string, vervalt: string, beleid = BELEID) {
  given(ev.ingediend(op)).when(nogNiet, beleid).then();
  given(ev.ingediend(op)).when(vervalt, beleid).then(overschreden('ontvangst', vervalt));
}

describe('termijnCommands', () => {
  describe('ontvangst', () => {
    it('passes 5 working days after submission without triage', () => {
      ontvangstVervalt(AT, t('2025-03-10', '08:59'), t('2025-03-10'));
    });

    it('skips the weekend', () => {
      // Friday + 5 working days is the next Friday, not Wednesday
      ontvangstVervalt(t('2025-03-07'), t('2025-03-13'), t('2025-03-14'));
      // submitted on a Saturday: the count starts on Monday
      given(ev.ingediend(t('2025-03-08', '10:00')))
        .when(t('2025-03-14', '10:00'))
        .then(overschreden('ontvangst', t('2025-03-14', '10:00')));
    });

    it('skips public holidays and extra local days', () => {
      // Thursday 17 April 2025 + 5 working days, Easter Monday 21 April off: Friday 25 April
      ontvangstVervalt(t('2025-04-17'), t('2025-04-24'), t('2025-04-25'));
      // and with the city's own day off on Tuesday 22 April: Monday 28 April
      const beleid = { ...BELEID, extraVrijeDagen: EXTRA };
      ontvangstVervalt(t('2025-04-17'), t('2025-04-25'), t('2025-04-28'), beleid);
    });

    it('does not pass once routed or once clarification was asked, even if answered late', () => {
      const late = t('2025-03-12');
      given(ev.ingediend(), ev.doorgestuurd()).when(late).then();
      given(ev.ingediend(), ev.doorgestuurd(), ev.teruggestuurd()).when(late).then();
      given(ev.ingediend(), ev.verduidelijkingGevraagd()).when(late).then();
      given(ev.ingediend(), ev.verduidelijkingGevraagd(), ev.verduidelijkingGegeven()).when(late).then();
    });

    it('is reported once', () => {
      given(ev.ingediend(), ev.termijnOverschreden('ontvangst')).when(t('2025-03-12')).then();
    });
  });

  describe('antwoord-dienst', () => {
    it('passes per open doorsturing, 20 working days after its routing', () => {
      // d1 routed Monday 3 March: due Monday 31 March; d2 routed Wednesday 5 March: due Wednesday 2 April
      const history = [ev.ingediend(), routedAt(AT, 'd1'), routedAt(t('2025-03-05'), 'd2', 'groen')];
      given(...history)
        .when(t('2025-03-28'))
        .then();
      given(...history)
        .when(t('2025-03-31'))
        .then(overschreden('antwoord-dienst', t('2025-03-31', '08:00'), 'd1'));
      given(...history)
        .when(t('2025-04-02'))
        .then(
          overschreden('antwoord-dienst', t('2025-03-31', '08:00'), 'd1'),
          overschreden('antwoord-dienst', t('2025-04-02', '08:00'), 'd2'),
        );
    });

    it('counts a picked-up doorsturing as open, an answered or sent-back one as done', () => {
      const history = [
        ev.ingediend(),
        routedAt(AT, 'd1'),
        ev.opgepakt('d1'),
        routedAt(AT, 'd2', 'groen'),
        ev.beantwoord('d2', 'groen'),
        routedAt(AT, 'd3', 'verlichting'),
        ev.teruggestuurd('d3', 'verlichting'),
      ];
      given(...history)
        .when(t('2025-03-31'))
        .then(overschreden('antwoord-dienst', t('2025-03-31', '08:00'), 'd1'));
    });

    it('is reported once per doorsturing', () => {
      const history = [ev.ingediend(), routedAt(AT, 'd1'), routedAt(AT, 'd2', 'groen')];
      given(...history, ev.termijnOverschreden('antwoord-dienst', 'd1'))
        .when(t('2025-03-31'))
        .then(overschreden('antwoord-dienst', t('2025-03-31', '08:00'), 'd2'));
    });
  });

  describe('terugkoppeling', () => {
    // 30 working days after Monday 3 March is Monday 14 April; with Easter Monday off, Tuesday 15 April
    it('passes 30 working days after submission without final feedback', () => {
      const history = [ev.ingediend(), ev.doorgestuurd(), ev.beantwoord(), ev.teruggekoppeld(false)];
      given(...history)
        .when(t('2025-04-11'))
        .then();
      given(...history)
        .when(t('2025-04-14'))
        .then(overschreden('terugkoppeling', t('2025-04-14', '08:00')));
    });

    it('reports every deadline that passed together', () => {
      given(ev.ingediend())
        .when(t('2025-04-14'))
        .then(
          overschreden('ontvangst', t('2025-03-10')),
          overschreden('terugkoppeling', t('2025-04-14', '08:00')),
        );
      given(ev.ingediend(), ev.doorgestuurd(), ev.termijnOverschreden('antwoord-dienst', 'd1'))
        .when(t('2025-04-14'))
        .then(overschreden('terugkoppeling', t('2025-04-14', '08:00')));
    });

    it('does not pass once the final feedback is given, but does again after a reopening', () => {
      given(...final)
        .when(t('2025-04-14'))
        .then();
      given(...final, ev.heropend())
        .when(t('2025-04-14'))
        .then(overschreden('terugkoppeling', t('2025-04-14', '08:00')));
    });

    it('is reported once', () => {
      given(
        ev.ingediend(),
        ev.verduidelijkingGevraagd(),
        ev.verduidelijkingGegeven(),
        ev.doorgestuurd(),
        ev.beantwoord(),
      )
        .when(t('2025-04-14'))
        .then(overschreden('terugkoppeling', t('2025-04-14', '08:00')));
      given(ev.ingediend(), ev.doorgestuurd(), ev.beantwoord(), ev.termijnOverschreden('terugkoppeling'))
        .when(t('2025-04-14'))
        .then();
    });
  });

  describe('automatic closing', () => {
    // final feedback on 1 April: the raad has until 1 May, calendar days, feestdag or not

    it('closes once the acceptance period after the final feedback is over', () => {
      given(...final)
        .when(t('2025-05-01', '08:59'), { ...BELEID, extraVrijeDagen: EXTRA })
        .then();
      given(...final)
        .when(t('2025-05-01'), { ...BELEID, extraVrijeDagen: EXTRA })
        .then(sluitAutomatischAf());
      given(...final)
        .when(t('2025-04-15'), { ...BELEID, aanvaardingDagen: 14 })
        .then(sluitAutomatischAf(14));
    });
  });

  it('owes nothing to a closed or withdrawn signaal', () => {
    const muchLater = t('2026-03-03');
    given(ev.ingediend(), ev.doorgestuurd(), ev.beantwoord(), ev.teruggekoppeld(true), ev.afgesloten())
      .when(muchLater)
      .then();
    given(ev.ingediend(), ev.doorgestuurd(), ev.ingetrokken()).when(muchLater).then();
  });
});

describe('lopendeTermijnen', () => {
  const given = (...history: SignaalEvent[]) => ({
    then: (...expected: ReturnType<typeof lopendeTermijnen>) =>
      expect(lopendeTermijnen(staatNa(...history), BELEID)).toStrictEqual(expected),
  });

  it('names the deadline of triage and of the final feedback of a new signaal', () => {
    given(ev.ingediend()).then(
      { termijn: 'ontvangst', uiterlijk: t('2025-03-10') },
      { termijn: 'terugkoppeling', uiterlijk: t('2025-04-14', '08:00') },
    );
  });

  it('names the answer deadline of every open routing, and drops triage once routed', () => {
    given(
      ev.ingediend(),
      ev.doorgestuurd('d1'),
      ev.doorgestuurd('d2', 'mobiliteit'),
      ev.beantwoord('d2'),
    ).then(
      { termijn: 'antwoord-dienst', uiterlijk: t('2025-03-31', '08:00'), doorsturingId: 'd1' },
      { termijn: 'terugkoppeling', uiterlijk: t('2025-04-14', '08:00') },
    );
  });

  it('keeps a passed deadline (the reader decides what passed) and has none once settled', () => {
    given(ev.ingediend(), ev.termijnOverschreden('ontvangst')).then(
      { termijn: 'ontvangst', uiterlijk: t('2025-03-10') },
      { termijn: 'terugkoppeling', uiterlijk: t('2025-04-14', '08:00') },
    );
    given(ev.ingediend(), ev.teruggekoppeld(true)).then();
    given(ev.ingediend(), ev.ingetrokken()).then();
  });
});

describe('volgendeTermijnActie', () => {
  const given = (...history: SignaalEvent[]) => ({
    then: (expected: string | undefined, beleid: TermijnBeleid = BELEID) =>
      expect(volgendeTermijnActie(staatNa(...history), beleid)).toBe(expected),
  });

  it('is the first running deadline not reported yet', () => {
    given(ev.ingediend()).then(t('2025-03-10'));
    given(ev.ingediend(), ev.termijnOverschreden('ontvangst')).then(t('2025-04-14', '08:00'));
    given(ev.ingediend(), ev.doorgestuurd('d1')).then(t('2025-03-31', '08:00'));
  });

  it('is the end of the acceptance period once the final feedback is given', () => {
    given(...final).then(t('2025-05-01'));
    given(...final).then(t('2025-04-15'), { ...BELEID, aanvaardingDagen: 14 });
  });

  it('is the exact moment the first command falls due', () => {
    const state = staatNa(ev.ingediend(), ev.doorgestuurd('d1'));
    const moment = volgendeTermijnActie(state, BELEID)!;
    expect(termijnCommands(state, new Date(Date.parse(moment) - 1).toISOString(), BELEID)).toEqual([]);
    expect(termijnCommands(state, moment, BELEID)).not.toEqual([]);
  });

  it('is none for a settled signaal, or one whose every deadline was reported', () => {
    given(ev.ingediend(), ev.ingetrokken()).then(undefined);
    given(...final, ev.afgesloten()).then(undefined);
    given(ev.ingediend(), ev.termijnOverschreden('ontvangst'), ev.termijnOverschreden('terugkoppeling')).then(
      undefined,
    );
  });
});
