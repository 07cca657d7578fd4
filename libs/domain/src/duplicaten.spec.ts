import type { HoofdSignaal, KoppelAlsDuplicaat, OntkoppelDuplicaat } from './commands';
import type { SignaalEvent } from './events';
import { bal, fold } from './evolve';
import {
  AT,
  BELEID,
  afgesloten,
  beantwoord,
  doorgestuurd,
  heropend,
  ingediend,
  ingetrokken,
  teruggekoppeld,
  verduidelijkingGevraagd,
} from './fixtures';
import { termijnCommands } from './termijnen';
import { given, refused, staatNa } from './testing';

// s1 of raad Kiewit is linked as a duplicate of main signaal h1.
const HOOFD: HoofdSignaal = { signaalId: 'h1', status: 'in-behandeling' };
const koppel = (hoofd: HoofdSignaal | null = HOOFD, hoofdSignaalId = 'h1'): KoppelAlsDuplicaat => ({
  type: 'KoppelAlsDuplicaat',
  at: AT,
  hoofdSignaalId,
  ...(hoofd && { hoofd }),
  reden: '  Zelfde lamp, al gemeld door Kuringen.  ',
});
const ontkoppel = (reden = 'Toch een andere lamp.'): OntkoppelDuplicaat => ({
  type: 'OntkoppelDuplicaat',
  at: AT,
  reden,
});
const gekoppeld = (): SignaalEvent => ({
  type: 'GekoppeldAlsDuplicaat',
  data: { hoofdSignaalId: 'h1', reden: 'Zelfde lamp, al gemeld door Kuringen.' },
  at: AT,
});
const ontkoppeld = (): SignaalEvent => ({
  type: 'DuplicaatOntkoppeld',
  data: { hoofdSignaalId: 'h1', reden: 'Toch een andere lamp.' },
  at: AT,
});

describe('linking a signaal as a duplicate', () => {
  it('links, with the reason; the state names the main signaal', () => {
    const { state } = given(ingediend()).when(koppel()).then(gekoppeld());
    expect(state?.duplicaatVan).toEqual({
      signaalId: 'h1',
      reden: 'Zelfde lamp, al gemeld door Kuringen.',
      op: AT,
    });
    expect(state?.status).toBe('duplicaat');
  });

  it("is a duplicate while linked: off the wijkmanager's list, its main signaal carries the ball", () => {
    for (const history of [[ingediend()], [ingediend(), doorgestuurd(), beantwoord()]]) {
      const { state } = given(...history)
        .when(koppel())
        .then(gekoppeld());
      expect(state?.status).toBe('duplicaat');
      expect(state && bal(state)).toEqual({ bij: 'niemand' });
    }
  });

  it('keeps its own rules while linked: a question can be answered, final feedback accepted or rejected', () => {
    given(ingediend(), verduidelijkingGevraagd(), gekoppeld())
      .when({ type: 'GeefVerduidelijking', at: AT, antwoord: 'De lamp aan nummer 12.' })
      .then({
        type: 'VerduidelijkingGegeven',
        data: { antwoord: 'De lamp aan nummer 12.' },
        at: AT,
      });
    const teruggekoppeldDuplicaat = [
      ingediend(),
      doorgestuurd(),
      beantwoord(),
      teruggekoppeld(true),
      gekoppeld(),
    ];
    given(...teruggekoppeldDuplicaat)
      .when({ type: 'SluitAf', at: AT })
      .then({ type: 'SignaalAfgesloten', data: { wijze: 'aanvaard' }, at: AT });
    given(...teruggekoppeldDuplicaat)
      .when({ type: 'KoppelTerug', at: AT, boodschap: 'Nog eens.', definitief: false })
      .thenThrows(refused('AL_DEFINITIEF_TERUGGEKOPPELD'));
    given(ingediend(), gekoppeld())
      .when({ type: 'SluitAf', at: AT })
      .thenThrows(refused('GEEN_DEFINITIEVE_TERUGKOPPELING'));
  });

  it('is withdrawn or closed rather than a duplicate once it is', () => {
    expect(fold([ingediend(), gekoppeld(), ingetrokken()])?.status).toBe('ingetrokken');
    expect(fold([ingediend(), teruggekoppeld(true), gekoppeld(), afgesloten()])?.status).toBe('afgesloten');
  });

  it('links to a main signaal in any state but withdrawn, even one already answered and closed', () => {
    given(ingediend())
      .when(koppel({ signaalId: 'h1', status: 'afgesloten' }))
      .then(gekoppeld());
    given(ingediend())
      .when(koppel({ signaalId: 'h1', status: 'ingetrokken' }))
      .thenThrows(refused('HOOFDSIGNAAL_INGETROKKEN', 'hoofdSignaalId'));
  });

  it('refuses an unknown main signaal, itself, a main that is a duplicate, and a second link', () => {
    given(ingediend()).when(koppel(null)).thenThrows(refused('HOOFDSIGNAAL_ONBEKEND', 'hoofdSignaalId'));
    given(ingediend())
      .when(koppel({ signaalId: 's1', status: 'ingediend' }, 's1'))
      .thenThrows(refused('ONGELDIGE_INVOER', 'hoofdSignaalId'));
    given(ingediend())
      .when(koppel({ ...HOOFD, duplicaatVan: 'h0' }))
      .thenThrows(refused('HOOFDSIGNAAL_IS_DUPLICAAT', 'hoofdSignaalId'));
    given(ingediend(), gekoppeld()).when(koppel()).thenThrows(refused('AL_DUPLICAAT'));
  });

  it('refuses while a doorsturing of the duplicate is open, and on a closed or withdrawn signaal', () => {
    given(ingediend(), doorgestuurd()).when(koppel()).thenThrows(refused('DOORSTURINGEN_NOG_OPEN'));
    given(ingediend(), doorgestuurd(), beantwoord()).when(koppel()).then(gekoppeld());
    given(ingediend(), teruggekoppeld(true), afgesloten())
      .when(koppel())
      .thenThrows(refused('SIGNAAL_AFGESLOTEN'));
    given(ingediend(), ingetrokken()).when(koppel()).thenThrows(refused('SIGNAAL_INGETROKKEN'));
  });

  it('refuses a blank reason', () => {
    given(ingediend())
      .when({ ...koppel(), reden: ' ' })
      .thenThrows(refused('ONGELDIGE_INVOER', 'reden'));
  });

  it('is not routed while linked, and owes no deadlines: the main signaal is answered', () => {
    given(ingediend(), gekoppeld())
      .when({ type: 'StuurDoor', at: AT, doorsturingId: 'd1', dienstId: 'wegen' })
      .thenThrows(refused('IS_DUPLICAAT'));
    const state = staatNa(ingediend(), gekoppeld());
    expect(termijnCommands(state, '2026-01-01T00:00:00.000Z', BELEID)).toEqual([]);
  });
});

describe('unlinking a duplicate', () => {
  it('unlinks with who-and-why as an event; the signaal goes its own way again', () => {
    const { state } = given(ingediend(), gekoppeld()).when(ontkoppel()).then(ontkoppeld());
    expect(state?.duplicaatVan).toBeUndefined();
    expect(state?.status).toBe('ingediend');
    expect(state && bal(state)).toEqual({ bij: 'wijkmanager' });
    given(ingediend(), gekoppeld(), ontkoppeld())
      .when({ type: 'StuurDoor', at: AT, doorsturingId: 'd1', dienstId: 'wegen' })
      .then({ type: 'DoorgestuurdNaarDienst', data: { doorsturingId: 'd1', dienstId: 'wegen' }, at: AT });
  });

  it('returns to the status it has without the link', () => {
    const terug = (...history: SignaalEvent[]) => fold([...history, gekoppeld(), ontkoppeld()])?.status;
    expect(terug(ingediend(), verduidelijkingGevraagd())).toBe('verduidelijking-gevraagd');
    expect(terug(ingediend(), doorgestuurd(), beantwoord())).toBe('beantwoord');
    expect(terug(ingediend(), doorgestuurd(), beantwoord(), teruggekoppeld(true))).toBe('teruggekoppeld');
    expect(terug(ingediend(), teruggekoppeld(true), heropend())).toBe('heropend');
  });

  it('refuses to unlink what is not linked, and a blank reason', () => {
    given(ingediend()).when(ontkoppel()).thenThrows(refused('GEEN_DUPLICAAT'));
    given(ingediend(), gekoppeld()).when(ontkoppel(' ')).thenThrows(refused('ONGELDIGE_INVOER', 'reden'));
  });
});
