import Holidays from 'date-holidays';

// The working-day calendar of the city: Monday to Friday in Europe/Brussels, minus the Belgian public
// holidays, the holiday of the Flemish Community (11 July) and any extra local days from configuration.
// Pure: the holiday rules come from the `date-holidays` package (data only, no I/O, no clock).

export const TIJDZONE = 'Europe/Brussels';

/** Belgian public holidays (Dutch names) plus 11 July, which date-holidays lists as an observance. */
const feestdagen = new Holidays('BE', 'VLG', { languages: ['nl'], types: ['public'] });
feestdagen.setHoliday('07-11', { name: { nl: 'Feestdag van de Vlaamse Gemeenschap' }, type: 'public' });

const perJaar = new Map<number, ReadonlyMap<string, string>>();

/** The public holidays of a year as date (YYYY-MM-DD) → Dutch name. */
export function feestdagenVan(jaar: number): ReadonlyMap<string, string> {
  let dagen = perJaar.get(jaar);
  if (!dagen) {
    dagen = new Map(
      feestdagen
        .getHolidays(jaar)
        .filter((dag) => dag.type === 'public')
        .map((dag) => [dag.date.slice(0, 10), dag.name]),
    );
    perJaar.set(jaar, dagen);
  }
  return dagen;
}

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIJDZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WandKlok {
  /** YYYY-MM-DD in Brussels */
  datum: string;
  /** milliseconds since local midnight */
  tijd: number;
}

/** The Brussels calendar date and wall-clock time of an instant. */
export function inBrussel(instant: number): WandKlok {
  const p = Object.fromEntries(
    parts.formatToParts(new Date(instant)).map(({ type, value }) => [type, value]),
  );
  const ms = instant - Math.floor(instant / 1000) * 1000;
  return {
    datum: `${p.year}-${p.month}-${p.day}`,
    tijd: ((Number(p.hour) * 60 + Number(p.minute)) * 60 + Number(p.second)) * 1000 + ms,
  };
}

/** The instant at a Brussels wall-clock time; offsets are taken at that time (CET or CEST). */
export function vanBrussel({ datum, tijd }: WandKlok): number {
  const naive = Date.parse(`${datum}T00:00:00.000Z`) + tijd;
  // The offset of Brussels is +1 or +2 hours; find the instant whose wall-clock time is `naive`.
  for (const offsetHours of [1, 2]) {
    const instant = naive - offsetHours * 3_600_000;
    const klok = inBrussel(instant);
    if (klok.datum === datum && klok.tijd === tijd) return instant;
  }
  // A time skipped by the spring change (02:00-03:00 on a Sunday): take the instant one hour later.
  return naive - 3_600_000;
}

const plusDag = (datum: string): string => {
  const day = new Date(`${datum}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
};

/** Monday to Friday, no public holiday and no extra local day off. */
export function isWerkdag(datum: string, extraVrijeDagen: readonly string[] = []): boolean {
  const weekday = new Date(`${datum}T00:00:00.000Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !feestdagenVan(Number(datum.slice(0, 4))).has(datum) && !extraVrijeDagen.includes(datum);
}

/** answers of plusWerkdagen: every read of a list asks again for the same deadlines */
const berekend = new Map<string, string>();
const MAX_BEREKEND = 50_000;

/**
 * The time `werkdagen` working days after `start`: the same Brussels wall-clock time on the working
 * day reached by counting that many working days after the Brussels date of the start.
 */
export function plusWerkdagen(start: string, werkdagen: number, extraVrijeDagen: readonly string[]): string {
  const sleutel = `${start}|${werkdagen}|${extraVrijeDagen.join(',')}`;
  let uitkomst = berekend.get(sleutel);
  if (uitkomst === undefined) {
    if (berekend.size >= MAX_BEREKEND) berekend.clear();
    uitkomst = telWerkdagen(start, werkdagen, extraVrijeDagen);
    berekend.set(sleutel, uitkomst);
  }
  return uitkomst;
}

function telWerkdagen(start: string, werkdagen: number, extraVrijeDagen: readonly string[]): string {
  const klok = inBrussel(Date.parse(start));
  let datum = klok.datum;
  for (let left = werkdagen; left > 0;) {
    datum = plusDag(datum);
    if (isWerkdag(datum, extraVrijeDagen)) left--;
  }
  return new Date(vanBrussel({ datum, tijd: klok.tijd })).toISOString();
}
