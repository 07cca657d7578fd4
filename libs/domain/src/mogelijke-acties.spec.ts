import type { Actor } from './actor';
import type { DienstCommand, SignaalCommand } from './commands';
import {
  ACTIES,
  decide,
  doorsturingWeigering,
  HANDELAARS,
  mogelijkeActies,
  weigering,
  type Actie,
  type Handelaar,
} from './decide';
import { SignaalFout } from './errors';
import type { SignaalEvent } from './events';
import {
  AT,
  HISTORIES,
  beantwoord,
  doorgestuurd,
  gekoppeld,
  ingediend,
  opgepakt,
  teruggekoppeld,
  teruggestuurd,
  verduidelijkingGevraagd,
} from './fixtures';
import type { SignaalState } from './state';
import { given, staatNa } from './testing';

const actor = (rol: Actor['rol'], dienstId = 'wegen'): Actor => ({
  rol,
  id: `${rol}-1`,
  ...(rol === 'raad' && { raadId: 'kiewit' }),
  ...(rol === 'dienst' && { dienstId }),
});
const raad = actor('raad');
const wijkmanager = actor('wijkmanager');

/** The actions as `Actie` or `Actie:doorsturingId`, for short expectations. */
const acties = (state: SignaalState, wie: Actor) =>
  mogelijkeActies(state, wie).map(({ actie, doorsturingId }) =>
    doorsturingId ? `${actie}:${doorsturingId}` : actie,
  );

describe('mogelijkeActies: what an actor may do on a signaal now', () => {
  it('given a new signaal, then the wijkmanager triages it and the raad may withdraw it', () => {
    const state = staatNa(ingediend());

    expect(acties(state, wijkmanager)).toEqual([
      'VraagVerduidelijking',
      'StuurDoor',
      'KoppelTerug',
      'KoppelAlsDuplicaat',
      'ZetOpenbaar',
      'VoegBijlageToe',
    ]);
    expect(acties(state, raad)).toEqual(['TrekIn', 'ZetOpenbaar', 'VoegBijlageToe']);
    expect(acties(state, actor('auditor'))).toEqual([]);
  });

  it("given doorsturingen to two diensten, then each dienst acts on its own open ones; no link while they're open", () => {
    const state = staatNa(
      ingediend(),
      doorgestuurd('d1', 'wegen'),
      teruggestuurd('d1', 'wegen'),
      doorgestuurd('d2', 'wegen'),
      doorgestuurd('d3', 'groen'),
      opgepakt('d3', 'groen'),
    );

    expect(acties(state, actor('dienst', 'wegen'))).toEqual([
      'PakOp:d2',
      'Beantwoord:d2',
      'StuurTerug:d2',
      'VoegBijlageToe',
    ]);
    expect(acties(state, actor('dienst', 'groen'))).toEqual([
      'Beantwoord:d3',
      'StuurTerug:d3',
      'VoegBijlageToe',
    ]);
    expect(acties(state, wijkmanager)).not.toContain('KoppelAlsDuplicaat');
  });

  it('given an open question, then the raad answers it and the wijkmanager neither routes nor asks again', () => {
    const state = staatNa(ingediend(), verduidelijkingGevraagd());

    expect(acties(state, raad)).toEqual(['GeefVerduidelijking', 'TrekIn', 'ZetOpenbaar', 'VoegBijlageToe']);
    expect(acties(state, wijkmanager)).toEqual([
      'KoppelTerug',
      'KoppelAlsDuplicaat',
      'ZetOpenbaar',
      'VoegBijlageToe',
    ]);
  });

  it('given the final feedback, then the raad accepts or reopens; the wijkmanager routes no more', () => {
    const state = staatNa(...HISTORIES.teruggekoppeld);

    expect(acties(state, raad)).toEqual(['Heropen', 'SluitAf', 'TrekIn', 'ZetOpenbaar', 'VoegBijlageToe']);
    expect(acties(state, wijkmanager)).toEqual(['KoppelAlsDuplicaat', 'ZetOpenbaar', 'VoegBijlageToe']);
  });

  it('given a new signaal, when the wijkmanager links it as a duplicate, then it cannot be routed but unlinked', () => {
    const { state } = given(ingediend())
      .when({
        type: 'KoppelAlsDuplicaat',
        at: AT,
        hoofdSignaalId: 'h1',
        hoofd: { signaalId: 'h1', status: 'ingediend' },
        reden: 'Zelfde lamp, al gemeld door Kuringen.',
      })
      .then(gekoppeld());

    expect(acties(state!, wijkmanager)).toEqual([
      'VraagVerduidelijking',
      'KoppelTerug',
      'OntkoppelDuplicaat',
      'ZetOpenbaar',
      'VoegBijlageToe',
    ]);
  });

  it('given a closed signaal, then only whether residents see it is left', () => {
    const state = staatNa(...HISTORIES.afgesloten);

    expect(acties(state, raad)).toEqual(['ZetOpenbaar']);
    expect(acties(state, wijkmanager)).toEqual(['ZetOpenbaar']);
  });
});

/** A command of this kind that nothing it carries makes decide refuse: only the state can. */
function geldig(actie: Actie, wie: Actor, doorsturingId = 'd1'): SignaalCommand {
  const opDoorsturing = { at: AT, doorsturingId, dienstId: wie.dienstId ?? '' };
  const reden = 'Omdat het moet.';
  const commands: { [A in Actie]: Extract<SignaalCommand, { type: A }> } = {
    VraagVerduidelijking: { type: 'VraagVerduidelijking', at: AT, vraag: 'Welke speeltuin?' },
    GeefVerduidelijking: { type: 'GeefVerduidelijking', at: AT, antwoord: 'Die aan de Kiewitstraat.' },
    StuurDoor: { type: 'StuurDoor', at: AT, doorsturingId: 'nieuw', dienstId: 'nog-niet-gevraagd' },
    PakOp: { type: 'PakOp', ...opDoorsturing },
    Beantwoord: { type: 'Beantwoord', ...opDoorsturing, besluit: 'ingepland', antwoord: 'Volgende week.' },
    StuurTerug: { type: 'StuurTerug', ...opDoorsturing, reden },
    KoppelTerug: { type: 'KoppelTerug', at: AT, boodschap: 'Stand van zaken.', definitief: false },
    Heropen: { type: 'Heropen', at: AT, reden },
    SluitAf: { type: 'SluitAf', at: AT },
    TrekIn: { type: 'TrekIn', at: AT },
    KoppelAlsDuplicaat: {
      type: 'KoppelAlsDuplicaat',
      at: AT,
      hoofdSignaalId: 'h2',
      hoofd: { signaalId: 'h2', status: 'ingediend' },
      reden,
    },
    OntkoppelDuplicaat: { type: 'OntkoppelDuplicaat', at: AT, reden },
    // a raad that hides its own signaal, a wijkmanager who withdraws it: both always taken
    ZetOpenbaar: {
      type: 'ZetOpenbaar',
      at: AT,
      openbaar: false,
      door: wie.rol === 'raad' ? 'raad' : 'wijkmanager',
      reden,
    },
    VoegBijlageToe: {
      type: 'VoegBijlageToe',
      at: AT,
      bijlageId: 'b-nieuw',
      naam: 'foto.jpg',
      bijlageType: 'image/jpeg',
      grootte: 1,
      sha256: 'a'.repeat(64),
      door: { rol: wie.rol as Handelaar, ...(wie.dienstId && { dienstId: wie.dienstId }) },
    },
  };
  return commands[actie];
}

/** Every status, and the states between them a page may meet. */
const STATEN: Record<string, SignaalEvent[]> = {
  ...HISTORIES,
  'opgepakt en een tweede dienst': [ingediend(), doorgestuurd(), opgepakt(), doorgestuurd('d2', 'groen')],
  'teruggestuurd, een ander beantwoord': [
    ingediend(),
    doorgestuurd(),
    teruggestuurd(),
    doorgestuurd('d2', 'groen'),
    beantwoord('d2', 'groen'),
  ],
  'vraag terwijl een dienst werkt': [ingediend(), doorgestuurd(), verduidelijkingGevraagd()],
  'duplicaat na de definitieve terugkoppeling': [ingediend(), teruggekoppeld(true), gekoppeld()],
  'duplicaat met een open vraag': [ingediend(), verduidelijkingGevraagd(), gekoppeld()],
  'tussentijds teruggekoppeld': [ingediend(), doorgestuurd(), beantwoord(), teruggekoppeld(false)],
};

describe('mogelijkeActies and decide cannot drift apart: one set of rules', () => {
  /** Per actie, role and (for a dienst) doorsturing: whether it is listed, and what decide says to it. */
  function uitkomsten(state: SignaalState) {
    return ACTIES.flatMap((actie) =>
      HANDELAARS[actie].flatMap((rol) => {
        const gevallen =
          actie === 'PakOp' || actie === 'Beantwoord' || actie === 'StuurTerug'
            ? state.doorsturingen.map((d) => ({ wie: actor('dienst', d.dienstId), doorsturingId: d.id }))
            : [{ wie: actor(rol), doorsturingId: undefined }];
        return gevallen.map(({ wie, doorsturingId }) => {
          const lijst = mogelijkeActies(state, wie);
          let geweigerd: string | null = null;
          try {
            decide(geldig(actie, wie, doorsturingId), state);
          } catch (error) {
            geweigerd = error instanceof SignaalFout ? error.code : String(error);
          }
          return {
            actie,
            rol,
            doorsturingId,
            vermeld: lijst.some((a) => a.actie === actie && a.doorsturingId === doorsturingId),
            geweigerd,
          };
        });
      }),
    );
  }

  it.each(Object.entries(STATEN))(
    'given %s: an actie is listed exactly when decide takes a valid command of it',
    (_naam, history) => {
      const state = staatNa(...history);

      const tegenstrijdig = uitkomsten(state).filter(({ vermeld, geweigerd }) => vermeld !== !geweigerd);

      expect(tegenstrijdig).toEqual([]);
    },
  );

  it('given every state above, then decide refuses what is not listed with the code of the shared rule', () => {
    for (const history of Object.values(STATEN)) {
      const state = staatNa(...history);
      for (const { actie, doorsturingId, vermeld, geweigerd } of uitkomsten(state)) {
        if (vermeld) continue;
        const doorsturing = state.doorsturingen.find((d) => d.id === doorsturingId);
        const regel =
          weigering(actie, state) ??
          (doorsturing ? doorsturingWeigering(actie as DienstCommand['type'], doorsturing) : null);
        expect({ actie, geweigerd }).toEqual({ actie, geweigerd: regel });
      }
    }
  });

  it('given every state above, then every actie is both listed and refused somewhere (but ZetOpenbaar, always open)', () => {
    const alle = Object.values(STATEN).flatMap((history) => uitkomsten(staatNa(...history)));

    for (const actie of ACTIES) {
      const van = alle.filter((u) => u.actie === actie);
      expect({ actie, vermeld: van.some((u) => u.vermeld) }).toEqual({ actie, vermeld: true });
      expect({ actie, geweigerd: van.some((u) => !u.vermeld) }).toEqual({
        actie,
        geweigerd: actie !== 'ZetOpenbaar',
      });
    }
  });

  it('given every state above, then no one is offered a command of another role', () => {
    for (const history of Object.values(STATEN)) {
      const state = staatNa(...history);
      for (const rol of ['raad', 'wijkmanager', 'dienst', 'auditor', 'beheerder', 'systeem'] as const) {
        const vreemd = mogelijkeActies(state, actor(rol)).filter(
          ({ actie }) => !(HANDELAARS[actie] as readonly string[]).includes(rol),
        );
        expect(vreemd).toEqual([]);
      }
    }
  });
});
