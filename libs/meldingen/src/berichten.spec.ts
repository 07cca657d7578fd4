import { evolve, type SignaalEvent, type SignaalState } from '@signaalspoor/domain';
import type { Namen } from '@signaalspoor/reference-data';
import { meldingenVoor, SOORTEN_PER_ROL, type Melding, type Ontvanger } from './berichten';

const AT = '2026-03-02T09:00:00.000Z';
const NAMEN: Namen = {
  raad: (id) => ({ 'dr-kermt': 'Dorpsraad Kermt', 'dr-stevoort': 'Dorpsraad Stevoort' })[id] ?? id,
  dienst: (id) => ({ mobiliteit: 'Dienst Mobiliteit' })[id] ?? id,
  wijkmanager: () => ({ id: 'wm-oost', naam: 'Wijkmanager Oost' }),
};
const e = (type: SignaalEvent['type'], data: object, at = AT) => ({ type, data, at }) as SignaalEvent;
const ingediend = e('SignaalIngediend', {
  signaalId: 's1',
  raadId: 'dr-kermt',
  titel: 'Onveilig kruispunt',
  omschrijving: 'Bijna-ongevallen.',
  thema: 'verkeersveiligheid',
  bron: 'open-forum',
});
const doorgestuurd = e('DoorgestuurdNaarDienst', { doorsturingId: 'd1', dienstId: 'mobiliteit' });

function given(...history: SignaalEvent[]) {
  return {
    when(event: SignaalEvent, duplicaten = [] as { signaalId: string; raadId: string; titel: string }[]) {
      const state = [...history, event].reduce(evolve, null) as SignaalState;
      const meldingen = meldingenVoor(event, state, {
        namen: NAMEN,
        publicUrl: 'https://sp.example',
        duplicaten,
      });
      return {
        then(...expected: Partial<Melding>[]) {
          expect(
            meldingen.map(({ ontvanger, soort, signaalId }) => ({ ontvanger, soort, signaalId })),
          ).toEqual(
            expected.map(({ ontvanger, soort, signaalId = 's1' }) => ({ ontvanger, soort, signaalId })),
          );
          return meldingen;
        },
      };
    },
  };
}
const dienst = { rol: 'dienst', id: 'mobiliteit' } as const;
const wijkmanager = { rol: 'wijkmanager', id: 'wm-oost' } as const;
const raad = { rol: 'raad', id: 'dr-kermt' } as const;

describe('meldingenVoor: who is told what', () => {
  it('tells the dienst when a doorsturing reaches it, in Dutch, with the title and a link', () => {
    const [mail] = given(ingediend).when(doorgestuurd).then({ ontvanger: dienst, soort: 'doorsturing' });
    expect(mail.onderwerp).toBe('Nieuw signaal voor Dienst Mobiliteit: Onveilig kruispunt — Signaalspoor');
    expect(mail.tekst).toContain('Dorpsraad Kermt meldde "Onveilig kruispunt"');
    expect(mail.tekst).toContain('Bekijk het signaal: https://sp.example/signalen/s1');
  });

  it('tells the wijkmanager when a dienst answers or sends back', () => {
    const beantwoord = e('BeantwoordDoorDienst', {
      doorsturingId: 'd1',
      dienstId: 'mobiliteit',
      besluit: 'ingepland',
      antwoord: 'Een zebrapad in mei.',
    });
    const [antwoord] = given(ingediend, doorgestuurd)
      .when(beantwoord)
      .then({ ontvanger: wijkmanager, soort: 'antwoord' });
    expect(antwoord.tekst).toContain('Besluit: ingepland\nEen zebrapad in mei.');
    given(ingediend, doorgestuurd)
      .when(e('TeruggestuurdDoorDienst', { doorsturingId: 'd1', dienstId: 'mobiliteit', reden: 'AWV' }))
      .then({ ontvanger: wijkmanager, soort: 'teruggestuurd' });
  });

  it('tells the raad of a clarification question and the wijkmanager of the answer', () => {
    const vraag = e('VerduidelijkingGevraagd', { vraag: 'Welk kruispunt?' });
    given(ingediend).when(vraag).then({ ontvanger: raad, soort: 'verduidelijking' });
    given(ingediend, vraag)
      .when(e('VerduidelijkingGegeven', { antwoord: 'Aan de school.' }))
      .then({ ontvanger: wijkmanager, soort: 'verduidelijking' });
  });

  it('tells the raad of every terugkoppeling, and the wijkmanager of a reopening', () => {
    const tussentijds = e('TeruggekoppeldAanRaad', { boodschap: 'We kijken het na.', definitief: false });
    const [mail] = given(ingediend).when(tussentijds).then({ ontvanger: raad, soort: 'terugkoppeling' });
    expect(mail.onderwerp).toMatch(/^Tussentijdse terugkoppeling: Onveilig kruispunt/);
    const definitief = e('TeruggekoppeldAanRaad', { boodschap: 'Zebrapad komt.', definitief: true });
    given(ingediend).when(definitief).then({ ontvanger: raad, soort: 'terugkoppeling' });
    given(ingediend, definitief)
      .when(e('SignaalHeropend', { reden: 'Nog niets gebeurd.' }))
      .then({ ontvanger: wijkmanager, soort: 'heropend' });
  });

  it('tells the dienst and the wijkmanager of its overdue answer, the wijkmanager of other deadlines', () => {
    const overschreden = e('TermijnOverschreden', {
      termijn: 'antwoord-dienst',
      vervaldatum: '2026-03-30T08:00:00.000Z',
      doorsturingId: 'd1',
    });
    const [aanDienst] = given(ingediend, doorgestuurd)
      .when(overschreden)
      .then({ ontvanger: dienst, soort: 'termijn' }, { ontvanger: wijkmanager, soort: 'termijn' });
    expect(aanDienst.tekst).toContain('verliep op 30 maart 2026 om 10:00');
    given(ingediend)
      .when(e('TermijnOverschreden', { termijn: 'ontvangst', vervaldatum: AT }))
      .then({ ontvanger: wijkmanager, soort: 'termijn' });
  });

  it('tells the raden of linked duplicates of an answer and of the feedback, with their own link', () => {
    const duplicaat = { signaalId: 's2', raadId: 'dr-stevoort', titel: 'Gevaarlijke oversteek' };
    const [, naarDuplicaat] = given(ingediend)
      .when(e('TeruggekoppeldAanRaad', { boodschap: 'Zebrapad komt.', definitief: true }), [duplicaat])
      .then(
        { ontvanger: raad, soort: 'terugkoppeling' },
        { ontvanger: { rol: 'raad', id: 'dr-stevoort' }, soort: 'duplicaat', signaalId: 's2' },
      );
    expect(naarDuplicaat.tekst).toContain('https://sp.example/signalen/s2');
    expect(naarDuplicaat.tekst).toContain('Zebrapad komt.');
  });

  it('tells the raad of a linked duplicate what the main signaal got so far, and of the unlinking', () => {
    const hoofd = [
      ingediend,
      doorgestuurd,
      e('BeantwoordDoorDienst', {
        doorsturingId: 'd1',
        dienstId: 'mobiliteit',
        besluit: 'ingepland',
        antwoord: 'Zone 30.',
      }),
    ].reduce(evolve, null) as SignaalState;
    const dup = e('SignaalIngediend', {
      signaalId: 's2',
      raadId: 'dr-stevoort',
      titel: 'Te snel',
      omschrijving: 'x',
      thema: 'verkeersveiligheid',
      bron: 'open-forum',
    });
    const gekoppeld = e('GekoppeldAlsDuplicaat', { hoofdSignaalId: 's1', reden: 'Zelfde school.' });
    const state = [dup, gekoppeld].reduce(evolve, null) as SignaalState;
    const [mail] = meldingenVoor(gekoppeld, state, { namen: NAMEN, publicUrl: 'https://sp.example', hoofd });
    expect(mail).toMatchObject({
      ontvanger: { rol: 'raad', id: 'dr-stevoort' },
      soort: 'duplicaat',
      signaalId: 's2',
    });
    expect(mail.tekst).toContain('aan "Onveilig kruispunt" van Dorpsraad Kermt');
    expect(mail.tekst).toContain('Dienst Mobiliteit: ingepland\nZone 30.');
    const ontkoppeld = e('DuplicaatOntkoppeld', { hoofdSignaalId: 's1', reden: 'Andere school.' });
    const [los] = meldingenVoor(ontkoppeld, evolve(state, ontkoppeld)!, {
      namen: NAMEN,
      publicUrl: 'x',
      hoofd,
    });
    expect(los.onderwerp).toBe('Niet langer gekoppeld: Te snel — Signaalspoor');
  });

  it('tells the wijkmanager of a new signaal, with its text and a link', () => {
    const [mail] = given().when(ingediend).then({ ontvanger: wijkmanager, soort: 'nieuw' });
    expect(mail.onderwerp).toBe('Nieuw signaal van Dorpsraad Kermt: Onveilig kruispunt — Signaalspoor');
    expect(mail.tekst).toContain('Dorpsraad Kermt diende een nieuw signaal in: "Onveilig kruispunt".');
    expect(mail.tekst).toContain('Bijna-ongevallen.');
    expect(mail.tekst).toContain('Bekijk het signaal: https://sp.example/signalen/s1');
  });

  it('points to the page Meldingen, with its link, for the settings (there is no profile page)', () => {
    const [mail] = given(ingediend).when(doorgestuurd).then({ ontvanger: dienst, soort: 'doorsturing' });
    expect(mail.tekst).toContain(
      'Je meldingen stel je in op de pagina Meldingen: https://sp.example/meldingen',
    );
    expect(mail.tekst).not.toContain('profiel');
  });

  it('tells nobody of a pickup, a closing or a withdrawal', () => {
    given(ingediend, doorgestuurd)
      .when(e('OpgepaktDoorDienst', { doorsturingId: 'd1', dienstId: 'mobiliteit' }))
      .then();
    given(ingediend).when(e('SignaalIngetrokken', {})).then();
  });
});

describe('SOORTEN_PER_ROL: which kinds of mail each role receives', () => {
  it('lists exactly the kinds meldingenVoor sends to a raad, a wijkmanager and a dienst', () => {
    expect(SOORTEN_PER_ROL).toEqual({
      raad: ['verduidelijking', 'terugkoppeling', 'duplicaat'],
      wijkmanager: ['nieuw', 'antwoord', 'teruggestuurd', 'verduidelijking', 'heropend', 'termijn'],
      dienst: ['doorsturing', 'termijn'],
    });
    // every event of a signaal's life, each kind of mail at least once
    const beantwoord = e('BeantwoordDoorDienst', {
      doorsturingId: 'd1',
      dienstId: 'mobiliteit',
      besluit: 'ingepland',
      antwoord: 'Zone 30.',
    });
    const definitief = e('TeruggekoppeldAanRaad', { boodschap: 'Zone 30 komt.', definitief: true });
    const leven: [SignaalEvent[], SignaalEvent][] = [
      [[], ingediend],
      [[ingediend], doorgestuurd],
      [[ingediend, doorgestuurd], beantwoord],
      [
        [ingediend, doorgestuurd],
        e('TeruggestuurdDoorDienst', { doorsturingId: 'd1', dienstId: 'mobiliteit', reden: 'AWV' }),
      ],
      [[ingediend], e('VerduidelijkingGevraagd', { vraag: 'Waar?' })],
      [
        [ingediend, e('VerduidelijkingGevraagd', { vraag: 'Waar?' })],
        e('VerduidelijkingGegeven', { antwoord: 'Hier.' }),
      ],
      [[ingediend, doorgestuurd, beantwoord], definitief],
      [[ingediend, doorgestuurd, beantwoord, definitief], e('SignaalHeropend', { reden: 'Niets gebeurd.' })],
      [
        [ingediend, doorgestuurd],
        e('TermijnOverschreden', { termijn: 'antwoord-dienst', vervaldatum: AT, doorsturingId: 'd1' }),
      ],
    ];
    const ontvangen = new Map<Ontvanger['rol'], Set<string>>();
    for (const [history, event] of leven) {
      const state = [...history, event].reduce(evolve, null) as SignaalState;
      const duplicaten = [{ signaalId: 's2', raadId: 'dr-stevoort', titel: 'Te snel' }];
      for (const { ontvanger, soort } of meldingenVoor(event, state, {
        namen: NAMEN,
        publicUrl: 'x',
        duplicaten,
      })) {
        ontvangen.set(ontvanger.rol, (ontvangen.get(ontvanger.rol) ?? new Set()).add(soort));
      }
    }
    for (const [rol, soorten] of Object.entries(SOORTEN_PER_ROL)) {
      expect([...ontvangen.get(rol as Ontvanger['rol'])!].sort()).toEqual([...soorten].sort());
    }
  });
});
