import type {
  Beantwoord,
  GeefVerduidelijking,
  Heropen,
  KoppelTerug,
  MeldTermijnOverschreden,
  PakOp,
  SignaalCommand,
  SluitAf,
  SluitAutomatischAf,
  StuurDoor,
  StuurTerug,
  TrekIn,
  VoegBijlageToe,
  VraagVerduidelijking,
} from './commands';
import type { SignaalEvent, Termijn } from './events';
import {
  AT,
  HISTORIES,
  afgesloten,
  beantwoord,
  dienSignaalIn,
  doorgestuurd,
  heropend,
  ingediend,
  ingetrokken,
  opgepakt,
  teruggekoppeld,
  teruggestuurd,
  termijnOverschreden,
  verduidelijkingGegeven,
  verduidelijkingGevraagd,
} from './fixtures';
import type { SignaalStatus } from './state';
import { given, refused } from './testing';

const cmd = {
  dienIn: dienSignaalIn,
  vraag: (): VraagVerduidelijking => ({ type: 'VraagVerduidelijking', at: AT, vraag: 'Welke speeltuin?' }),
  geefVerduidelijking: (): GeefVerduidelijking => ({
    type: 'GeefVerduidelijking',
    at: AT,
    antwoord: 'Die aan de Kiewitstraat.',
  }),
  stuurDoor: (doorsturingId = 'd1', dienstId = 'wegen'): StuurDoor => ({
    type: 'StuurDoor',
    at: AT,
    doorsturingId,
    dienstId,
  }),
  pakOp: (doorsturingId = 'd1', dienstId = 'wegen'): PakOp => ({
    type: 'PakOp',
    at: AT,
    doorsturingId,
    dienstId,
  }),
  beantwoord: (doorsturingId = 'd1', dienstId = 'wegen'): Beantwoord => ({
    type: 'Beantwoord',
    at: AT,
    doorsturingId,
    dienstId,
    besluit: 'ingepland',
    antwoord: 'Herstelling volgende week.',
  }),
  stuurTerug: (doorsturingId = 'd1', dienstId = 'wegen'): StuurTerug => ({
    type: 'StuurTerug',
    at: AT,
    doorsturingId,
    dienstId,
    reden: 'Verlichting is Fluvius.',
  }),
  koppelTerug: (definitief: boolean): KoppelTerug => ({
    type: 'KoppelTerug',
    at: AT,
    boodschap: 'De lamp wordt hersteld.',
    definitief,
  }),
  heropen: (): Heropen => ({ type: 'Heropen', at: AT, reden: 'De lamp brandt nog altijd niet.' }),
  sluitAf: (): SluitAf => ({ type: 'SluitAf', at: AT }),
  sluitAutomatischAf: (at = AT, aanvaardingstermijnDagen = 14): SluitAutomatischAf => ({
    type: 'SluitAutomatischAf',
    at,
    aanvaardingstermijnDagen,
  }),
  trekIn: (): TrekIn => ({ type: 'TrekIn', at: AT }),
  meldTermijn: (termijn: Termijn, doorsturingId?: string): MeldTermijnOverschreden => ({
    type: 'MeldTermijnOverschreden',
    at: AT,
    termijn,
    vervaldatum: '2025-03-01T00:00:00.000Z',
    ...(doorsturingId && { doorsturingId }),
  }),
};

/** Every command but DienSignaalIn, for rules that hold for all of them. */
const EXISTING_SIGNAAL_COMMANDS: [string, SignaalCommand][] = [
  cmd.vraag(),
  cmd.geefVerduidelijking(),
  cmd.stuurDoor(),
  cmd.pakOp(),
  cmd.beantwoord(),
  cmd.stuurTerug(),
  cmd.koppelTerug(false),
  cmd.heropen(),
  cmd.sluitAf(),
  cmd.sluitAutomatischAf(),
  cmd.trekIn(),
  cmd.meldTermijn('ontvangst'),
].map((command) => [command.type, command]);

/** Every status but the settled ones: a status the type gains is open here until listed as settled. */
const OPEN_STATUSES = (Object.keys(HISTORIES) as SignaalStatus[]).filter(
  (status) => !['duplicaat', 'afgesloten', 'ingetrokken'].includes(status),
);

describe('decide', () => {
  describe('scenarios', () => {
    it('runs the full loop: submit, route, pick up, answer, interim and final feedback, close', () => {
      const { state } = given()
        .when(cmd.dienIn())
        .then(ingediend())
        .when(cmd.stuurDoor())
        .then(doorgestuurd())
        .when(cmd.pakOp())
        .then(opgepakt())
        .when(cmd.beantwoord())
        .then(beantwoord())
        .when(cmd.koppelTerug(false))
        .then(teruggekoppeld(false))
        .when(cmd.koppelTerug(true))
        .then(teruggekoppeld(true))
        .when(cmd.sluitAf())
        .then(afgesloten('aanvaard'));
      expect(state?.status).toBe('afgesloten');
    });

    it('gives several doorsturingen each their own life', () => {
      const { state } = given(ingediend())
        .when(cmd.stuurDoor('d1', 'wegen'))
        .then(doorgestuurd('d1', 'wegen'))
        .when(cmd.stuurDoor('d2', 'groen'))
        .then(doorgestuurd('d2', 'groen'))
        .when(cmd.pakOp('d2', 'groen'))
        .then(opgepakt('d2', 'groen'))
        .when(cmd.beantwoord('d1', 'wegen'))
        .then(beantwoord('d1', 'wegen'))
        .when(cmd.stuurTerug('d2', 'groen'))
        .then(teruggestuurd('d2', 'groen'));
      expect(state?.doorsturingen.map((d) => [d.id, d.status])).toEqual([
        ['d1', 'beantwoord'],
        ['d2', 'teruggestuurd'],
      ]);
      expect(state?.status).toBe('beantwoord');
    });

    it('re-routes what a dienst sends back', () => {
      given(ingediend())
        .when(cmd.stuurDoor('d1', 'wegen'))
        .then(doorgestuurd('d1', 'wegen'))
        .when(cmd.stuurTerug('d1', 'wegen'))
        .then(teruggestuurd('d1', 'wegen'))
        .when(cmd.stuurDoor('d2', 'fluvius'))
        .then(doorgestuurd('d2', 'fluvius'))
        .when(cmd.beantwoord('d2', 'fluvius'))
        .then(beantwoord('d2', 'fluvius'));
    });

    it('routes again after the raad reopens', () => {
      const { state } = given(ingediend(), doorgestuurd('d1'), beantwoord('d1'))
        .when(cmd.koppelTerug(true))
        .then(teruggekoppeld(true))
        .when(cmd.heropen())
        .then(heropend())
        .when(cmd.stuurDoor('d2', 'wegen'))
        .then(doorgestuurd('d2', 'wegen'))
        .when(cmd.beantwoord('d2', 'wegen'))
        .then(beantwoord('d2', 'wegen'))
        .when(cmd.koppelTerug(true))
        .then(teruggekoppeld(true));
      expect(state?.status).toBe('teruggekoppeld');
    });

    it('withdraws a signaal with open doorsturingen, after which the diensten can no longer act', () => {
      given(ingediend(), doorgestuurd('d1', 'wegen'), doorgestuurd('d2', 'groen'), opgepakt('d2', 'groen'))
        .when(cmd.trekIn())
        .then(ingetrokken())
        .when(cmd.beantwoord('d2', 'groen'))
        .thenThrows(refused('SIGNAAL_INGETROKKEN'));
    });

    it('loops through clarification before routing', () => {
      given(ingediend())
        .when(cmd.vraag())
        .then(verduidelijkingGevraagd())
        .when(cmd.geefVerduidelijking())
        .then(verduidelijkingGegeven())
        .when(cmd.vraag())
        .then(verduidelijkingGevraagd())
        .when(cmd.geefVerduidelijking())
        .then(verduidelijkingGegeven())
        .when(cmd.stuurDoor())
        .then(doorgestuurd());
    });
  });

  describe('DienSignaalIn', () => {
    it('submits a signaal, trimmed and without undefined keys', () => {
      given()
        .when({ ...cmd.dienIn(), titel: '  Straatlamp kapot ', locatie: undefined, persoon: undefined })
        .then(ingediend());
    });

    it('keeps locatie and persoon', () => {
      const locatie = { omschrijving: 'Speeltuin Kiewitstraat', lat: 50.95, lon: 5.35 };
      const persoon = { naam: 'An Peeters' };
      given()
        .when({ ...cmd.dienIn(), locatie, persoon })
        .then({ ...ingediend(), data: { ...ingediend().data, locatie, persoon } });
    });

    it('refuses an existing signaal', () => {
      given(ingediend()).when(cmd.dienIn()).thenThrows(refused('SIGNAAL_BESTAAT_AL', 'signaalId'));
    });
  });

  describe('coordinaten', () => {
    it('keeps a point inside Belgium', () => {
      const coordinaten = { lat: 50.9307, lon: 5.3378 };
      given()
        .when({ ...cmd.dienIn(), coordinaten })
        .then({ ...ingediend(), data: { ...ingediend().data, coordinaten } });
    });

    it.each([
      ['north of Belgium', { lat: 52.37, lon: 4.9 }],
      ['in the sea', { lat: 51.6, lon: 2.5 }],
      ['swapped', { lat: 5.3378, lon: 50.9307 }],
      ['not numbers', { lat: '50.9', lon: '5.3' }],
      ['missing lon', { lat: 50.9 }],
    ])('refuses a point %s, naming coordinaten', (_waarom, coordinaten) => {
      given()
        .when({ ...cmd.dienIn(), coordinaten: coordinaten as never })
        .thenThrows(refused('ONGELDIGE_INVOER', 'coordinaten'));
    });
  });

  describe('VoegBijlageToe', () => {
    const bijlage = (bijlageId = 'b1'): VoegBijlageToe => ({
      type: 'VoegBijlageToe',
      at: AT,
      bijlageId,
      naam: 'foto.jpg',
      bijlageType: 'image/jpeg',
      grootte: 12345,
      sha256: 'a'.repeat(64),
      door: { rol: 'raad' },
    });
    const toegevoegd = (bijlageId = 'b1') => ({
      type: 'BijlageToegevoegd' as const,
      at: AT,
      data: {
        bijlageId,
        naam: 'foto.jpg',
        type: 'image/jpeg' as const,
        grootte: 12345,
        sha256: 'a'.repeat(64),
        door: { rol: 'raad' as const },
      },
    });

    it('adds an attachment to a signaal', () => {
      given(ingediend()).when(bijlage()).then(toegevoegd());
    });

    it('adds the tenth, refuses the eleventh', () => {
      const tien = Array.from({ length: 10 }, (_, i) => toegevoegd(`b${i}`));
      given(ingediend(), ...tien.slice(0, 9))
        .when(bijlage('b9'))
        .then(toegevoegd('b9'));
      given(ingediend(), ...tien)
        .when(bijlage('b10'))
        .thenThrows(refused('TE_VEEL_BIJLAGEN'));
    });

    it('refuses the same attachment twice', () => {
      given(ingediend(), toegevoegd()).when(bijlage()).thenThrows(refused('BIJLAGE_BESTAAT_AL', 'bijlageId'));
    });

    it.each([
      ['bijlageType', { bijlageType: 'application/x-msdownload' }],
      ['grootte', { grootte: 10 * 1024 * 1024 + 1 }],
      ['grootte', { grootte: 0 }],
      ['sha256', { sha256: 'niet-hex' }],
      ['naam', { naam: ' ' }],
    ])('refuses an invalid %s', (field, change) => {
      given(ingediend())
        .when({ ...bijlage(), ...change } as VoegBijlageToe)
        .thenThrows(refused('ONGELDIGE_INVOER', field));
    });

    it('refuses on a closed signaal', () => {
      given(...HISTORIES.afgesloten)
        .when(bijlage())
        .thenThrows(refused('SIGNAAL_AFGESLOTEN'));
    });
  });

  describe('on an unknown signaal', () => {
    it.each(EXISTING_SIGNAAL_COMMANDS)('refuses %s', (_type, command) => {
      given().when(command).thenThrows(refused('SIGNAAL_ONBEKEND'));
    });
  });

  describe('on a closed signaal', () => {
    it.each(EXISTING_SIGNAAL_COMMANDS.filter(([type]) => type !== 'MeldTermijnOverschreden'))(
      'refuses %s when afgesloten',
      (type, command) => {
        const scenario = given(...HISTORIES.afgesloten).when(command);
        if (type === 'SluitAutomatischAf') scenario.thenNothingHappened();
        else scenario.thenThrows(refused('SIGNAAL_AFGESLOTEN'));
      },
    );

    it.each(EXISTING_SIGNAAL_COMMANDS.filter(([type]) => type !== 'MeldTermijnOverschreden'))(
      'refuses %s when ingetrokken',
      (_type, command) => {
        given(...HISTORIES.ingetrokken)
          .when(command)
          .thenThrows(refused('SIGNAAL_INGETROKKEN'));
      },
    );

    it.each(['afgesloten', 'ingetrokken'] as const)('ignores a deadline when %s', (status) => {
      given(...HISTORIES[status])
        .when(cmd.meldTermijn('terugkoppeling'))
        .thenNothingHappened();
    });
  });

  describe('VraagVerduidelijking and GeefVerduidelijking', () => {
    it.each(['ingediend', 'in-behandeling', 'beantwoord', 'heropend'] as const)(
      'asks in status %s',
      (status) => {
        given(...HISTORIES[status])
          .when(cmd.vraag())
          .then(verduidelijkingGevraagd());
      },
    );

    it('refuses a second question', () => {
      given(ingediend(), verduidelijkingGevraagd())
        .when(cmd.vraag())
        .thenThrows(refused('VERDUIDELIJKING_AL_GEVRAAGD'));
    });

    it('refuses a question after final feedback', () => {
      given(...HISTORIES.teruggekoppeld)
        .when(cmd.vraag())
        .thenThrows(refused('AL_DEFINITIEF_TERUGGEKOPPELD'));
    });

    it('refuses an answer nobody asked for', () => {
      given(ingediend()).when(cmd.geefVerduidelijking()).thenThrows(refused('GEEN_VERDUIDELIJKING_GEVRAAGD'));
      given(ingediend(), verduidelijkingGevraagd(), verduidelijkingGegeven())
        .when(cmd.geefVerduidelijking())
        .thenThrows(refused('GEEN_VERDUIDELIJKING_GEVRAAGD'));
    });
  });

  describe('StuurDoor', () => {
    it.each(['ingediend', 'in-behandeling', 'beantwoord', 'heropend'] as const)(
      'routes in status %s',
      (status) => {
        given(...HISTORIES[status])
          .when(cmd.stuurDoor('d9', 'groen'))
          .then(doorgestuurd('d9', 'groen'));
      },
    );

    it('keeps a toelichting and leaves out a blank one', () => {
      given(ingediend())
        .when({ ...cmd.stuurDoor(), toelichting: ' Dringend ' })
        .then({ ...doorgestuurd(), data: { ...doorgestuurd().data, toelichting: 'Dringend' } });
      given(ingediend())
        .when({ ...cmd.stuurDoor(), toelichting: '  ' })
        .then(doorgestuurd());
    });

    it('refuses while a question to the raad is open', () => {
      given(ingediend(), verduidelijkingGevraagd())
        .when(cmd.stuurDoor())
        .thenThrows(refused('VERDUIDELIJKING_OPEN'));
    });

    it('refuses after final feedback', () => {
      given(...HISTORIES.teruggekoppeld)
        .when(cmd.stuurDoor('d9'))
        .thenThrows(refused('AL_DEFINITIEF_TERUGGEKOPPELD'));
    });

    it('refuses an existing doorsturing id', () => {
      given(ingediend(), doorgestuurd('d1', 'wegen'), teruggestuurd('d1', 'wegen'))
        .when(cmd.stuurDoor('d1', 'groen'))
        .thenThrows(refused('DOORSTURING_BESTAAT_AL', 'doorsturingId'));
    });

    it.each([
      ['doorgestuurd', [doorgestuurd('d1', 'wegen')]],
      ['opgepakt', [doorgestuurd('d1', 'wegen'), opgepakt('d1', 'wegen')]],
    ])('refuses a dienst that holds it already (%s)', (_status, events) => {
      given(ingediend(), ...events)
        .when(cmd.stuurDoor('d2', 'wegen'))
        .thenThrows(refused('AL_DOORGESTUURD_NAAR_DIENST', 'dienstId'));
    });

    it.each([
      ['answered', beantwoord('d1', 'wegen')],
      ['sent back', teruggestuurd('d1', 'wegen')],
    ])('routes again to a dienst that %s before', (_how, event) => {
      given(ingediend(), doorgestuurd('d1', 'wegen'), event)
        .when(cmd.stuurDoor('d2', 'wegen'))
        .then(doorgestuurd('d2', 'wegen'));
    });
  });

  describe('PakOp, Beantwoord and StuurTerug', () => {
    const dienstActions: [string, (id: string, dienst: string) => SignaalCommand][] = [
      ['PakOp', cmd.pakOp],
      ['Beantwoord', cmd.beantwoord],
      ['StuurTerug', cmd.stuurTerug],
    ];

    it('picks up a doorsturing once', () => {
      given(ingediend(), doorgestuurd()).when(cmd.pakOp()).then(opgepakt());
      given(ingediend(), doorgestuurd(), opgepakt())
        .when(cmd.pakOp())
        .thenThrows(refused('DOORSTURING_AL_OPGEPAKT'));
    });

    it.each([
      ['doorgestuurd', [doorgestuurd()]],
      ['opgepakt', [doorgestuurd(), opgepakt()]],
    ])('answers or sends back a doorsturing that is %s', (_status, events) => {
      given(ingediend(), ...events)
        .when(cmd.beantwoord())
        .then(beantwoord());
      given(ingediend(), ...events)
        .when(cmd.stuurTerug())
        .then(teruggestuurd());
    });

    it('keeps an expected date with the answer', () => {
      given(ingediend(), doorgestuurd())
        .when({ ...cmd.beantwoord(), verwachteDatum: '2025-04-30' })
        .then({ ...beantwoord(), data: { ...beantwoord().data, verwachteDatum: '2025-04-30' } });
    });

    it('refuses "uitgevoerd" on a date after today in Brussels, naming the field', () => {
      // AT is 3 March 2025, 10:00 in Brussels; at 23:30 UTC it is already 4 March in Brussels
      const laat = '2025-03-03T23:30:00.000Z';
      const uitgevoerd = (verwachteDatum: string, at = AT): SignaalCommand => ({
        ...cmd.beantwoord(),
        at,
        besluit: 'uitgevoerd',
        verwachteDatum,
      });
      const uitgevoerdOp = (verwachteDatum: string, at = AT) => {
        const e = beantwoord('d1', 'wegen', 'uitgevoerd');
        return { ...e, at, data: { ...e.data, verwachteDatum } };
      };
      given(ingediend(), doorgestuurd())
        .when(uitgevoerd('2025-03-04'))
        .thenThrows(refused('ONGELDIGE_INVOER', 'verwachteDatum'));
      given(ingediend(), doorgestuurd()).when(uitgevoerd('2025-03-03')).then(uitgevoerdOp('2025-03-03'));
      given(ingediend(), doorgestuurd())
        .when(uitgevoerd('2025-03-04', laat))
        .then(uitgevoerdOp('2025-03-04', laat));
      // a planned action may lie in the future
      given(ingediend(), doorgestuurd())
        .when({ ...cmd.beantwoord(), verwachteDatum: '2025-03-04' })
        .then({ ...beantwoord(), data: { ...beantwoord().data, verwachteDatum: '2025-03-04' } });
    });

    it.each(dienstActions)('%s refuses an unknown doorsturing', (_type, action) => {
      given(ingediend(), doorgestuurd('d1'))
        .when(action('d2', 'wegen'))
        .thenThrows(refused('DOORSTURING_ONBEKEND', 'doorsturingId'));
    });

    it.each(dienstActions)('%s refuses another dienst', (_type, action) => {
      given(ingediend(), doorgestuurd('d1', 'wegen'))
        .when(action('d1', 'groen'))
        .thenThrows(refused('DOORSTURING_NIET_VAN_DIENST', 'dienstId'));
    });

    it.each(dienstActions)('%s refuses a doorsturing that was answered or sent back', (_type, action) => {
      given(ingediend(), doorgestuurd(), beantwoord())
        .when(action('d1', 'wegen'))
        .thenThrows(refused('DOORSTURING_AFGEHANDELD'));
      given(ingediend(), doorgestuurd(), teruggestuurd())
        .when(action('d1', 'wegen'))
        .thenThrows(refused('DOORSTURING_AFGEHANDELD'));
    });
  });

  describe('KoppelTerug', () => {
    it.each(OPEN_STATUSES.filter((s) => s !== 'teruggekoppeld'))(
      'gives interim feedback in status %s',
      (status) => {
        given(...HISTORIES[status])
          .when(cmd.koppelTerug(false))
          .then(teruggekoppeld(false));
      },
    );

    it.each(['ingediend', 'beantwoord', 'heropend'] as const)(
      'gives final feedback in status %s',
      (status) => {
        given(...HISTORIES[status])
          .when(cmd.koppelTerug(true))
          .then(teruggekoppeld(true));
      },
    );

    it.each([true, false])('refuses any feedback after final feedback (definitief: %s)', (definitief) => {
      given(...HISTORIES.teruggekoppeld)
        .when(cmd.koppelTerug(definitief))
        .thenThrows(refused('AL_DEFINITIEF_TERUGGEKOPPELD'));
    });

    it('refuses final feedback while a doorsturing is open', () => {
      given(ingediend(), doorgestuurd('d1', 'wegen'), beantwoord('d1', 'wegen'), doorgestuurd('d2', 'groen'))
        .when(cmd.koppelTerug(true))
        .thenThrows(refused('DOORSTURINGEN_NOG_OPEN'));
    });

    it('refuses final feedback while a question to the raad is open', () => {
      given(ingediend(), verduidelijkingGevraagd())
        .when(cmd.koppelTerug(true))
        .thenThrows(refused('VERDUIDELIJKING_OPEN'));
    });
  });

  describe('Heropen and SluitAf', () => {
    it('reopens or closes after final feedback', () => {
      given(...HISTORIES.teruggekoppeld)
        .when(cmd.heropen())
        .then(heropend());
      given(...HISTORIES.teruggekoppeld)
        .when(cmd.sluitAf())
        .then(afgesloten('aanvaard'));
    });

    it.each(OPEN_STATUSES.filter((s) => s !== 'teruggekoppeld'))('refuses both in status %s', (status) => {
      given(...HISTORIES[status])
        .when(cmd.heropen())
        .thenThrows(refused('GEEN_DEFINITIEVE_TERUGKOPPELING'));
      given(...HISTORIES[status])
        .when(cmd.sluitAf())
        .thenThrows(refused('GEEN_DEFINITIEVE_TERUGKOPPELING'));
    });
  });

  describe('SluitAutomatischAf', () => {
    const feedback = teruggekoppeld(true, '2025-03-01T10:00:00.000Z');

    it('refuses before the acceptance period has passed', () => {
      given(ingediend(), feedback)
        .when(cmd.sluitAutomatischAf('2025-03-15T09:59:59.999Z', 14))
        .thenThrows(refused('AANVAARDINGSTERMIJN_NIET_VERSTREKEN'));
    });

    it.each(['2025-03-15T10:00:00.000Z', '2025-04-01T00:00:00.000Z'])('closes at %s', (at) => {
      given(ingediend(), feedback)
        .when(cmd.sluitAutomatischAf(at, 14))
        .then({ ...afgesloten('automatisch'), at });
    });

    it('counts the period from the latest final feedback', () => {
      given(ingediend(), feedback, heropend(), teruggekoppeld(true, '2025-03-10T10:00:00.000Z'))
        .when(cmd.sluitAutomatischAf('2025-03-20T10:00:00.000Z', 14))
        .thenThrows(refused('AANVAARDINGSTERMIJN_NIET_VERSTREKEN'));
    });

    it.each(OPEN_STATUSES.filter((s) => s !== 'teruggekoppeld'))('refuses in status %s', (status) => {
      given(...HISTORIES[status])
        .when(cmd.sluitAutomatischAf('2030-01-01T00:00:00.000Z'))
        .thenThrows(refused('GEEN_DEFINITIEVE_TERUGKOPPELING'));
    });
  });

  describe('TrekIn', () => {
    it.each(OPEN_STATUSES)('withdraws in status %s', (status) => {
      given(...HISTORIES[status])
        .when(cmd.trekIn())
        .then(ingetrokken());
    });

    it('keeps a reason', () => {
      given(ingediend())
        .when({ ...cmd.trekIn(), reden: 'Intussen opgelost.' })
        .then({ ...ingetrokken(), data: { reden: 'Intussen opgelost.' } });
    });
  });

  describe('MeldTermijnOverschreden', () => {
    it('reports a deadline once', () => {
      given(ingediend())
        .when(cmd.meldTermijn('ontvangst'))
        .then(termijnOverschreden('ontvangst'))
        .when(cmd.meldTermijn('ontvangst'))
        .thenNothingHappened();
    });

    it('reports the deadline of each doorsturing apart', () => {
      given(ingediend(), doorgestuurd('d1', 'wegen'), doorgestuurd('d2', 'groen'))
        .when(cmd.meldTermijn('antwoord-dienst', 'd1'))
        .then(termijnOverschreden('antwoord-dienst', 'd1'))
        .when(cmd.meldTermijn('antwoord-dienst', 'd2'))
        .then(termijnOverschreden('antwoord-dienst', 'd2'))
        .when(cmd.meldTermijn('antwoord-dienst', 'd1'))
        .thenNothingHappened();
    });

    it('refuses an unknown doorsturing', () => {
      given(ingediend())
        .when(cmd.meldTermijn('antwoord-dienst', 'd1'))
        .thenThrows(refused('DOORSTURING_ONBEKEND', 'doorsturingId'));
    });
  });

  describe('input validation', () => {
    const invalid: [string, SignaalCommand, SignaalEvent[]][] = [
      ['titel', { ...cmd.dienIn(), titel: '   ' }, []],
      ['titel', { ...cmd.dienIn(), titel: 'x'.repeat(201) }, []],
      ['omschrijving', { ...cmd.dienIn(), omschrijving: 'x'.repeat(5001) }, []],
      ['thema', { ...cmd.dienIn(), thema: '' }, []],
      ['raadId', { ...cmd.dienIn(), raadId: undefined } as unknown as SignaalCommand, []],
      ['bron', { ...cmd.dienIn(), bron: 'facebook' } as unknown as SignaalCommand, []],
      ['at', { ...cmd.dienIn(), at: 'gisteren' }, []],
      ['vraag', { ...cmd.vraag(), vraag: ' ' }, [ingediend()]],
      ['antwoord', { ...cmd.geefVerduidelijking(), antwoord: '' }, [ingediend()]],
      ['dienstId', cmd.stuurDoor('d1', ' '), [ingediend()]],
      ['toelichting', { ...cmd.stuurDoor(), toelichting: 'x'.repeat(5001) }, [ingediend()]],
      ['doorsturingId', cmd.pakOp('', 'wegen'), [ingediend(), doorgestuurd()]],
      ['besluit', { ...cmd.beantwoord(), besluit: 'misschien' } as unknown as SignaalCommand, [ingediend()]],
      ['antwoord', { ...cmd.beantwoord(), antwoord: '\n' }, [ingediend()]],
      ['verwachteDatum', { ...cmd.beantwoord(), verwachteDatum: '2025-02-30' }, [ingediend()]],
      ['verwachteDatum', { ...cmd.beantwoord(), verwachteDatum: '30/04/2025' }, [ingediend()]],
      ['reden', { ...cmd.stuurTerug(), reden: '' }, [ingediend()]],
      ['boodschap', { ...cmd.koppelTerug(true), boodschap: 'x'.repeat(5001) }, [ingediend()]],
      [
        'definitief',
        { ...cmd.koppelTerug(true), definitief: 'ja' } as unknown as SignaalCommand,
        [ingediend()],
      ],
      ['reden', { ...cmd.heropen(), reden: ' ' }, [ingediend()]],
      ['reden', { ...cmd.trekIn(), reden: 'x'.repeat(5001) }, [ingediend()]],
      ['aanvaardingstermijnDagen', cmd.sluitAutomatischAf(AT, -1), [ingediend()]],
      ['aanvaardingstermijnDagen', cmd.sluitAutomatischAf(AT, 1.5), [ingediend()]],
      ['termijn', cmd.meldTermijn('later' as Termijn), [ingediend()]],
      ['vervaldatum', { ...cmd.meldTermijn('ontvangst'), vervaldatum: '' }, [ingediend()]],
    ];

    it.each(invalid)('refuses an invalid %s', (field, command, history) => {
      given(...history)
        .when(command)
        .thenThrows(refused('ONGELDIGE_INVOER', field));
    });

    it('checks input before the state', () => {
      given(...HISTORIES.afgesloten)
        .when({ ...cmd.vraag(), vraag: '' })
        .thenThrows(refused('ONGELDIGE_INVOER', 'vraag'));
    });

    it('accepts text at the maximum length', () => {
      const titel = 'x'.repeat(200);
      given()
        .when({ ...cmd.dienIn(), titel })
        .then({ ...ingediend(), data: { ...ingediend().data, titel } });
    });
  });
});
