import { feestdagenVan, inBrussel, isWerkdag, plusWerkdagen } from './kalender';

/** The instant of a Brussels wall-clock time 'YYYY-MM-DD HH:mm' (written with its UTC offset). */
const brussel = (local: string, offset: '+01:00' | '+02:00') =>
  new Date(`${local.replace(' ', 'T')}:00.000${offset}`).toISOString();

function given(submitted: string, extraVrijeDagen: string[] = []) {
  return {
    when: (werkdagen: number) => ({
      then: (deadline: string) => expect(plusWerkdagen(submitted, werkdagen, extraVrijeDagen)).toBe(deadline),
    }),
  };
}

describe('the public holidays (date-holidays, BE, with 11 July)', () => {
  it('lists the Belgian public holidays of 2026 and 11 July, and no observances', () => {
    expect([...feestdagenVan(2026).keys()]).toEqual([
      '2026-01-01',
      '2026-04-06', // Paasmaandag
      '2026-05-01',
      '2026-05-14', // Hemelvaartsdag
      '2026-05-25', // Pinkstermaandag
      '2026-07-11', // Feestdag van de Vlaamse Gemeenschap
      '2026-07-21',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
    expect(feestdagenVan(2027).get('2027-03-29')).toBe('Paasmaandag');
    expect(feestdagenVan(2027).get('2027-07-11')).toBe('Feestdag van de Vlaamse Gemeenschap');
    // observances are working days: Allerzielen, Koningsdag, Tweede kerstdag
    expect(isWerkdag('2026-11-02')).toBe(true);
    expect(isWerkdag('2027-11-15')).toBe(true);
    expect(isWerkdag('2025-12-26')).toBe(true);
  });

  it('makes an extra local day from configuration a day off', () => {
    expect(isWerkdag('2026-06-03')).toBe(true);
    expect(isWerkdag('2026-06-03', ['2026-06-03'])).toBe(false);
  });
});

describe('plusWerkdagen: one working day after the last working day before a holiday', () => {
  // Submitted at 10:00 in Brussels on the working day before the holiday; due at 10:00 in Brussels.
  it.each`
    holiday                        | before          | after           | offsetBefore | offsetAfter
    ${'Nieuwjaar 2026'}            | ${'2025-12-31'} | ${'2026-01-02'} | ${'+01:00'}  | ${'+01:00'}
    ${'Paasmaandag 2026'}          | ${'2026-04-03'} | ${'2026-04-07'} | ${'+02:00'}  | ${'+02:00'}
    ${'1 mei 2026 (Friday)'}       | ${'2026-04-30'} | ${'2026-05-04'} | ${'+02:00'}  | ${'+02:00'}
    ${'Hemelvaartsdag 2026'}       | ${'2026-05-13'} | ${'2026-05-15'} | ${'+02:00'}  | ${'+02:00'}
    ${'Pinkstermaandag 2026'}      | ${'2026-05-22'} | ${'2026-05-26'} | ${'+02:00'}  | ${'+02:00'}
    ${'21 juli 2026'}              | ${'2026-07-20'} | ${'2026-07-22'} | ${'+02:00'}  | ${'+02:00'}
    ${'11 november 2026'}          | ${'2026-11-10'} | ${'2026-11-12'} | ${'+01:00'}  | ${'+01:00'}
    ${'Kerstmis 2026 (Friday)'}    | ${'2026-12-24'} | ${'2026-12-28'} | ${'+01:00'}  | ${'+01:00'}
    ${'Nieuwjaar 2027 (Friday)'}   | ${'2026-12-31'} | ${'2027-01-04'} | ${'+01:00'}  | ${'+01:00'}
    ${'Paasmaandag 2027 and DST'}  | ${'2027-03-26'} | ${'2027-03-30'} | ${'+01:00'}  | ${'+02:00'}
    ${'Hemelvaartsdag 2027'}       | ${'2027-05-05'} | ${'2027-05-07'} | ${'+02:00'}  | ${'+02:00'}
    ${'Pinkstermaandag 2027'}      | ${'2027-05-14'} | ${'2027-05-18'} | ${'+02:00'}  | ${'+02:00'}
    ${'21 juli 2027'}              | ${'2027-07-20'} | ${'2027-07-22'} | ${'+02:00'}  | ${'+02:00'}
    ${'1 november 2027 and DST'}   | ${'2027-10-29'} | ${'2027-11-02'} | ${'+02:00'}  | ${'+01:00'}
    ${'11 november 2027'}          | ${'2027-11-10'} | ${'2027-11-12'} | ${'+01:00'}  | ${'+01:00'}
    ${'11 juli 2025 (Friday)'}     | ${'2025-07-10'} | ${'2025-07-14'} | ${'+02:00'}  | ${'+02:00'}
    ${'15 augustus 2025 (Friday)'} | ${'2025-08-14'} | ${'2025-08-18'} | ${'+02:00'}  | ${'+02:00'}
  `('$holiday: from $before to $after', ({ before, after, offsetBefore, offsetAfter }) => {
    given(brussel(`${before} 10:00`, offsetBefore))
      .when(1)
      .then(brussel(`${after} 10:00`, offsetAfter));
  });

  it('skips a holiday on a weekend only once (1 May 2027 is a Saturday, 15 August 2027 a Sunday)', () => {
    given(brussel('2027-04-30 10:00', '+02:00')).when(1).then(brussel('2027-05-03 10:00', '+02:00'));
    given(brussel('2027-08-13 10:00', '+02:00')).when(1).then(brussel('2027-08-16 10:00', '+02:00'));
  });
});

describe('plusWerkdagen: days are counted in Brussels, not in UTC', () => {
  it('counts a signaal submitted at 23:30 on a summer Friday from Friday', () => {
    // Friday 24 July 2026, 23:30 in Brussels = 21:30 UTC
    given('2026-07-24T21:30:00.000Z').when(1).then(brussel('2026-07-27 23:30', '+02:00'));
  });

  it('counts a signaal submitted at 00:30 on a summer Saturday from Saturday, though it is Friday in UTC', () => {
    // Saturday 25 July 2026, 00:30 in Brussels = Friday 22:30 UTC: due Monday 00:30, not Tuesday
    const submitted = brussel('2026-07-25 00:30', '+02:00');
    expect(submitted).toBe('2026-07-24T22:30:00.000Z');
    given(submitted).when(1).then(brussel('2026-07-27 00:30', '+02:00'));
    expect(inBrussel(Date.parse(plusWerkdagen(submitted, 1, []))).datum).toBe('2026-07-27');
  });

  it('counts late on the evening before a holiday from that evening: the holiday is skipped', () => {
    // Wednesday 13 May 2026, 23:30 in Brussels; Thursday is Hemelvaartsdag
    given(brussel('2026-05-13 23:30', '+02:00')).when(1).then(brussel('2026-05-15 23:30', '+02:00'));
  });

  it('keeps the Brussels time of day across the change to summer time (29 March 2026)', () => {
    given(brussel('2026-03-27 10:00', '+01:00')).when(1).then('2026-03-30T08:00:00.000Z');
  });

  it('keeps the Brussels time of day across the change to winter time (25 October 2026)', () => {
    given(brussel('2026-10-23 10:00', '+02:00')).when(1).then('2026-10-26T09:00:00.000Z');
  });

  it('counts 20 and 30 working days over Easter, 1 May and Ascension 2026', () => {
    // April 2, 3, (Easter Monday 6 off) 7-10, 13-17, 20-24, 27-30: the 20th working day is 30 April
    given(brussel('2026-04-01 10:00', '+02:00')).when(20).then(brussel('2026-04-30 10:00', '+02:00'));
    // then (1 May off) May 4-8, 11-13, (Ascension 14 off) 15, 18: the 30th is Monday 18 May
    given(brussel('2026-04-01 10:00', '+02:00')).when(30).then(brussel('2026-05-18 10:00', '+02:00'));
  });

  it('skips an extra local day from configuration', () => {
    given(brussel('2026-06-02 10:00', '+02:00'), ['2026-06-03'])
      .when(1)
      .then(brussel('2026-06-04 10:00', '+02:00'));
  });

  it('answers from its memory only for the same extra days off', () => {
    given(brussel('2026-06-02 10:00', '+02:00'), []).when(1).then(brussel('2026-06-03 10:00', '+02:00'));
    given(brussel('2026-06-02 10:00', '+02:00'), ['2026-06-03'])
      .when(1)
      .then(brussel('2026-06-04 10:00', '+02:00'));
    given(brussel('2026-06-02 10:00', '+02:00'), []).when(2).then(brussel('2026-06-04 10:00', '+02:00'));
  });

  it('counts zero working days as the start itself', () => {
    given('2026-07-25T22:30:00.000Z').when(0).then('2026-07-25T22:30:00.000Z');
  });
});

// inBrussel and plusWerkdagen are computed on cached UTC offsets and day numbers (every list item
// computes its deadlines); they must agree with the plain way: Intl for every instant, and counting
// date strings day by day.
describe('the fast calendar agrees with the plain one', () => {
  // en-CA writes the date as YYYY-MM-DD, and h23 the time as HH:MM:SS
  const intl = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    dateStyle: 'short',
    timeStyle: 'medium',
    hourCycle: 'h23',
  });
  const viaIntl = (instant: number) => {
    const p = Object.fromEntries(
      intl.formatToParts(new Date(instant)).map(({ type, value }) => [type, value]),
    );
    const ms = ((instant % 1000) + 1000) % 1000;
    const tijd = ((Number(p.hour) * 60 + Number(p.minute)) * 60 + Number(p.second)) * 1000 + ms;
    return { datum: `${p.year}-${p.month}-${p.day}`, tijd };
  };
  /** The plain count: one date string a day, weekends, holidays and extra days off skipped. */
  const plainPlusWerkdagen = (start: string, werkdagen: number, extra: string[]) => {
    const klok = viaIntl(Date.parse(start));
    let datum = klok.datum;
    for (let left = werkdagen; left > 0;) {
      const day = new Date(`${datum}T00:00:00.000Z`);
      day.setUTCDate(day.getUTCDate() + 1);
      datum = day.toISOString().slice(0, 10);
      if (isWerkdag(datum, extra)) left--;
    }
    // the instant whose Brussels wall-clock time is (datum, tijd), as vanBrussel finds it
    const naive = Date.parse(`${datum}T00:00:00.000Z`) + klok.tijd;
    for (const hours of [1, 2]) {
      const k = viaIntl(naive - hours * 3_600_000);
      if (k.datum === datum && k.tijd === klok.tijd) return new Date(naive - hours * 3_600_000).toISOString();
    }
    return new Date(naive - 3_600_000).toISOString();
  };
  // a seeded generator: the same instants every run
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const from = Date.UTC(2024, 0, 1);
  const to = Date.UTC(2029, 0, 1);
  const instants = [
    // around every change of summer and winter time 2024-2028, minute by minute
    ...[
      '2024-03-31',
      '2024-10-27',
      '2025-03-30',
      '2025-10-26',
      '2026-03-29',
      '2026-10-25',
      '2027-03-28',
      '2027-10-31',
    ].flatMap((day) =>
      Array.from({ length: 240 }, (_, i) => Date.parse(`${day}T00:00:00.000Z`) + i * 60_000 + 123),
    ),
    ...Array.from({ length: 3_000 }, () => Math.floor(from + random() * (to - from))),
  ];

  it('gives the Brussels date and time of every instant as Intl does', () => {
    const differ = instants.filter((instant) => {
      const [fast, plain] = [inBrussel(instant), viaIntl(instant)];
      return fast.datum !== plain.datum || fast.tijd !== plain.tijd;
    });
    expect(differ.map((instant) => new Date(instant).toISOString())).toEqual([]);
  });

  it('counts working days as the plain count does, over holidays, year ends and extra days off', () => {
    const extra = ['2026-12-24', '2027-01-04'];
    const differ = instants.flatMap((instant, i) => {
      const start = new Date(instant).toISOString();
      const werkdagen = [0, 1, 5, 10, 20, 30, 250][i % 7]!;
      const vrij = i % 3 === 0 ? extra : [];
      const [fast, plain] = [
        plusWerkdagen(start, werkdagen, vrij),
        plainPlusWerkdagen(start, werkdagen, vrij),
      ];
      return fast === plain ? [] : [{ start, werkdagen, vrij, fast, plain }];
    });
    expect(differ).toEqual([]);
  });
});
