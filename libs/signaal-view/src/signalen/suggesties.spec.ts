import { suggesties, type Vergelijkbaar } from './suggesties';

const namen = {
  dienst: (id: string) => ({ mobiliteit: 'Dienst Mobiliteit', groen: 'Dienst Groen en Natuur' })[id] ?? id,
  thema: (id: string) => id,
  diensten: ['mobiliteit', 'groen', 'de-lijn'],
};

let teller = 0;
function signaal(
  titel: string,
  extra: Partial<Vergelijkbaar> & {
    door?: [string, Vergelijkbaar['doorsturingen'][number]['status']][];
  } = {},
): Vergelijkbaar {
  const { door = [], ...rest } = extra;
  teller += 1;
  return {
    id: `s-${teller}`,
    raadId: 'dr-kermt',
    titel,
    omschrijving: titel,
    thema: 'verkeersveiligheid',
    status: door.length ? 'afgesloten' : 'ingediend',
    ingediendOp: '2026-01-01T09:00:00.000Z',
    doorsturingen: door.map(([dienstId, status]) => ({ dienstId, status })),
    ...rest,
  };
}

/** The suggestions for a signaal of dorpsraad Kermt, given the history the raad may see. */
const voorKermt = (voor: Vergelijkbaar, geschiedenis: Vergelijkbaar[]) =>
  suggesties(voor, geschiedenis, ['dr-kermt'], namen);
describe('suggesties', () => {
  const nieuw = signaal('Gevaarlijke oversteekplaats aan de school');
  /**
   * Expects Dienst Mobiliteit first for `nieuw`, for this reason, given this history and a signaal
   * about something else that Groen answered; its score.
   */
  const mobiliteitEerst = (geschiedenis: Vergelijkbaar[], reden: string) => {
    const anders = signaal('Boom hangt over het fietspad', { door: [['groen', 'beantwoord']] });
    const [eerste] = voorKermt(nieuw, [...geschiedenis, anders]).diensten;
    expect(eerste).toEqual({ dienstId: 'mobiliteit', score: expect.any(Number), reden });
    return eerste.score;
  };

  it('given similar signalen answered by one dienst, then that dienst comes first, with a reason naming the count and the word', () => {
    const geschiedenis = [
      signaal('Oversteekplaats bij de school is onveilig', { door: [['mobiliteit', 'beantwoord']] }),
      signaal('Nieuwe oversteekplaats gevraagd', { door: [['mobiliteit', 'beantwoord']] }),
      signaal('Oversteekplaats slecht zichtbaar', { door: [['mobiliteit', 'beantwoord']] }),
    ];
    const reden =
      '3 van de 3 gelijkaardige signalen over "oversteekplaats" werden beantwoord door Dienst Mobiliteit.';
    expect(mobiliteitEerst(geschiedenis, reden)).toBeGreaterThan(0.5);
  });

  it('given send-backs by a dienst on similar signalen, then they count against it', () => {
    const geschiedenis = (terug: 'teruggestuurd' | 'beantwoord') => [
      signaal('Oversteekplaats aan de school', {
        door: [
          ['groen', terug],
          ['mobiliteit', 'beantwoord'],
        ],
      }),
      signaal('Oversteekplaats aan de school onveilig', {
        door: [
          ['groen', terug],
          ['mobiliteit', 'beantwoord'],
        ],
      }),
      signaal('Oversteekplaats school', { door: [['groen', 'beantwoord']] }),
    ];
    const groen = (terug: 'teruggestuurd' | 'beantwoord') =>
      voorKermt(nieuw, geschiedenis(terug)).diensten.find((d) => d.dienstId === 'groen');
    const { diensten } = voorKermt(nieuw, geschiedenis('teruggestuurd'));
    expect(diensten.map((d) => d.dienstId)).toEqual(['mobiliteit', 'groen']);
    expect(groen('teruggestuurd')!.score).toBeLessThan(groen('beantwoord')!.score / 2);
    expect(groen('teruggestuurd')!.reden).toMatch(
      /; 2 doorsturingen naar die dienst werden teruggestuurd\.$/,
    );
  });

  it('given a signaal whose final feedback waits for acceptance, then it is still open and can be the main signaal', () => {
    const hier = signaal('Gevaarlijke oversteekplaats aan de school');
    const wacht = { ...signaal('Oversteekplaats school gevaarlijk'), status: 'teruggekoppeld' as const };
    const { duplicaten } = voorKermt(hier, [wacht]);
    expect(duplicaten.map((d) => d.signaalId)).toEqual([wacht.id]);
  });

  it('given an open signaal of the same raden with the same words nearby, then it is a duplicate; closed or other raden are not', () => {
    const punt = { lat: 50.944, lon: 5.391 };
    const hier = signaal('Gevaarlijke oversteekplaats aan de school', { coordinaten: punt });
    const open = signaal('Oversteekplaats school gevaarlijk', {
      coordinaten: { lat: 50.9445, lon: 5.391 },
    });
    const gesloten = signaal('Oversteekplaats school gevaarlijk', { door: [['mobiliteit', 'beantwoord']] });
    const elders = signaal('Oversteekplaats school gevaarlijk', { raadId: 'dr-kuringen' });
    const anders = signaal('Hondenpoep in het park', { thema: 'netheid' });
    const { duplicaten } = voorKermt(hier, [open, gesloten, elders, anders]);
    expect(duplicaten).toEqual([
      {
        signaalId: open.id,
        titel: open.titel,
        score: expect.any(Number),
        reden: expect.stringMatching(
          /^Zelfde thema \(verkeersveiligheid\); 60 m verder; gemeenschappelijke woorden: .*"oversteekplaats"/,
        ),
      },
    ]);
  });

  it('given no similar words, then the thema’s record of answers decides, and the reason says so', () => {
    const geschiedenis = [
      signaal('Bord zone 30 verdwenen', { door: [['mobiliteit', 'beantwoord']] }),
      signaal('Verlichting kruispunt stuk', { door: [['mobiliteit', 'beantwoord']] }),
      signaal('Wildgroei in de berm', { thema: 'groen', door: [['groen', 'beantwoord']] }),
    ];
    const { diensten } = voorKermt(signaal('Klacht van bewoners'), geschiedenis);
    expect(diensten[0]).toEqual({
      dienstId: 'mobiliteit',
      score: 1,
      reden:
        '2 van de 2 antwoorden op signalen over het thema verkeersveiligheid kwamen van Dienst Mobiliteit.',
    });
  });

  it('given a vague signaal that shares only a street with one signaal, then the thema’s record outweighs that neighbour', () => {
    const geschiedenis = [
      signaal('Bord zone 30 verdwenen', { door: [['mobiliteit', 'beantwoord']] }),
      signaal('Verlichting kruispunt stuk', { door: [['mobiliteit', 'beantwoord']] }),
      signaal('Drempel gevraagd', { door: [['mobiliteit', 'beantwoord']] }),
      signaal('Dode boom in de Dorpsstraat', { thema: 'groen', door: [['groen', 'beantwoord']] }),
      signaal('Wildgroei in de berm', { thema: 'groen', door: [['groen', 'beantwoord']] }),
    ];
    const vaag = signaal('Klacht van bewoners over lawaai, geur en drukte in de Dorpsstraat');
    const { diensten } = voorKermt(vaag, geschiedenis);
    expect(diensten.map((d) => d.dienstId)).toEqual(['mobiliteit', 'groen']);
    expect(diensten[1].reden).toBe(
      '1 van de 1 gelijkaardige signalen over "dorpsstraat" werd beantwoord door Dienst Groen en Natuur.',
    );
  });

  it('given similar signalen routed but not yet answered, then their dienst counts, half as much, and the reason says they wait', () => {
    const geschiedenis = [
      signaal('Oversteekplaats bij de school is onveilig', { door: [['mobiliteit', 'doorgestuurd']] }),
      signaal('Nieuwe oversteekplaats gevraagd', { door: [['mobiliteit', 'opgepakt']] }),
    ];
    const reden =
      '2 van de 2 gelijkaardige signalen over "oversteekplaats" werden doorgestuurd naar Dienst Mobiliteit en wachten nog op antwoord.';
    expect(mobiliteitEerst(geschiedenis, reden)).toBeLessThan(0.8);
  });

  it('given too few diensten for the thema, then the record over all thema’s fills up to three, and the reason says so', () => {
    const geschiedenis = [
      signaal('Bord zone 30 verdwenen', { door: [['mobiliteit', 'beantwoord']] }),
      signaal('Wildgroei in de berm', { thema: 'groen', door: [['groen', 'beantwoord']] }),
      signaal('Bomen snoeien', { thema: 'groen', door: [['groen', 'beantwoord']] }),
      signaal('Bus te laat', { thema: 'mobiliteit', door: [['de-lijn', 'beantwoord']] }),
    ];
    const { diensten } = voorKermt(signaal('Klacht van bewoners'), geschiedenis);
    expect(diensten.map((d) => [d.dienstId, d.reden])).toEqual([
      ['mobiliteit', expect.stringMatching(/^1 van de 1 antwoorden/)],
      [
        'groen',
        "Te weinig gegevens over het thema verkeersveiligheid: over alle thema's samen kwamen 2 van de 4 antwoorden van Dienst Groen en Natuur.",
      ],
      [
        'de-lijn',
        "Te weinig gegevens over het thema verkeersveiligheid: over alle thema's samen kwam 1 van de 4 antwoorden van de-lijn.",
      ],
    ]);
  });

  it('given no history for the thema, then a dienst whose name says the thema comes first among the fill-up, and the reason says why', () => {
    const geschiedenis = [signaal('Bord zone 30 verdwenen', { door: [['mobiliteit', 'beantwoord']] })];
    const { diensten } = voorKermt(signaal('Klacht van bewoners', { thema: 'groen' }), geschiedenis);
    expect(diensten).toEqual([
      {
        dienstId: 'groen',
        score: 0,
        reden:
          'Te weinig gegevens over het thema groen: de naam van Dienst Groen en Natuur past bij het thema.',
      },
      {
        dienstId: 'mobiliteit',
        score: 0,
        reden:
          "Te weinig gegevens over het thema groen: over alle thema's samen kwam 1 van de 1 antwoorden van Dienst Mobiliteit.",
      },
    ]);
  });

  it('given no history and no dienst named like the thema, then no suggestions', () => {
    expect(voorKermt(nieuw, [])).toEqual({ diensten: [], duplicaten: [] });
  });
});
