import type Holidays from 'date-holidays';

// The working-day calendar of the city: Monday to Friday in Europe/Brussels, minus the Belgian public
// holidays, the holiday of the Flemish Community (11 July) and any extra local days from configuration.
// Pure: the holiday rules come from the `date-holidays` package (data only, no I/O, no clock).

export const TIJDZONE = 'Europe/Brussels';

let regels: Holidays | undefined;

/**
 * Belgian public holidays (Dutch names) plus 11 July, which date-holidays lists as an observance.
 * Loaded on the first year asked for: the package and its rules take most of a second to load, a
 * cost a service should not pay at start-up.
 */
function feestdagen(): Holidays {
  if (!regels) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use
    const Rules = require('date-holidays') as typeof Holidays;
    regels = new Rules('BE', 'VLG', { languages: ['nl'], types: ['public'] });
    regels.setHoliday('07-11', { name: { nl: 'Feestdag van de Vlaamse Gemeenschap' }, type: 'public' });
  }
  return regels;
}

const perJaar = new Map<number, ReadonlyMap<string, string>>();

/** The public holidays of a year as date (YYYY-MM-DD) → Dutch name. */
export function feestdagenVan(jaar: number): ReadonlyMap<string, string> {
  let dagen = perJaar.get(jaar);
  if (!dagen) {
    dagen = new Map(
      feestdagen()
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

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The offset of Brussels from UTC (ms) per UTC hour, from Intl: it changes only on a full UTC hour
 * (01:00 UTC, both ways), so one Intl call per hour serves every instant in it. Intl is slow
 * (microseconds a call) and every list item computes its deadlines, hence the cache; bounded.
 */
const offsets = new Map<number, number>();

function offsetVan(instant: number): number {
  const uur = Math.floor(instant / HOUR_MS);
  let offset = offsets.get(uur);
  if (offset === undefined) {
    const p = Object.fromEntries(
      parts.formatToParts(new Date(uur * HOUR_MS)).map(({ type, value }) => [type, Number(value)]),
    );
    offset = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour, p.minute, p.second) - uur * HOUR_MS;
    if (offsets.size >= 100_000) offsets.clear();
    offsets.set(uur, offset);
  }
  return offset;
}

/** Days since 1970-01-01 of a date (YYYY-MM-DD), and back. */
const dagVan = (datum: string): number => Date.parse(`${datum}T00:00:00.000Z`) / DAY_MS;
const datumVan = (dag: number): string => new Date(dag * DAY_MS).toISOString().slice(0, 10);

/** The Brussels calendar date and wall-clock time of an instant. */
export function inBrussel(instant: number): WandKlok {
  const lokaal = instant + offsetVan(instant);
  const dag = Math.floor(lokaal / DAY_MS);
  return { datum: datumVan(dag), tijd: lokaal - dag * DAY_MS };
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

/** Monday to Friday, no public holiday and no extra local day off. */
export function isWerkdag(datum: string, extraVrijeDagen: readonly string[] = []): boolean {
  const weekday = new Date(`${datum}T00:00:00.000Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !feestdagenVan(Number(datum.slice(0, 4))).has(datum) && !extraVrijeDagen.includes(datum);
}

/**
 * The time `werkdagen` working days after `start`: the same Brussels wall-clock time on the working
 * day reached by counting that many working days after the Brussels date of the start.
 */
export function plusWerkdagen(start: string, werkdagen: number, extraVrijeDagen: readonly string[]): string {
  let uitkomsten = onthouden.get(extraVrijeDagen);
  if (!uitkomsten) {
    uitkomsten = new Map();
    onthouden.set(extraVrijeDagen, uitkomsten);
  }
  const sleutel = `${werkdagen}/${start}`;
  let uiterlijk = uitkomsten.get(sleutel);
  if (uiterlijk === undefined) {
    uiterlijk = telWerkdagen(start, werkdagen, extraVrijeDagen);
    if (uitkomsten.size >= 100_000) uitkomsten.clear();
    uitkomsten.set(sleutel, uiterlijk);
  }
  return uiterlijk;
}

/**
 * Answers of plusWerkdagen per list of extra days off (the policy's, one list per process): every
 * list item and every run of the deadline process manager computes the deadlines of its signalen
 * again, from the same starts. Bounded like `offsets`.
 */
const onthouden = new WeakMap<readonly string[], Map<string, string>>();

function telWerkdagen(start: string, werkdagen: number, extraVrijeDagen: readonly string[]): string {
  const klok = inBrussel(Date.parse(start));
  // counted on day numbers: no date string per day, only a set lookup per weekday
  let dag = dagVan(klok.datum);
  let jaar = Number(klok.datum.slice(0, 4));
  let volgendJaar = dagVan(`${jaar + 1}-01-01`);
  let vrij = vrijeDagen(jaar, extraVrijeDagen);
  for (let left = werkdagen; left > 0;) {
    dag++;
    if (dag >= volgendJaar) {
      jaar++;
      volgendJaar = dagVan(`${jaar + 1}-01-01`);
      vrij = vrijeDagen(jaar, extraVrijeDagen);
    }
    const weekday = (((dag + 4) % 7) + 7) % 7; // day 0, 1 January 1970, was a Thursday
    if (weekday !== 0 && weekday !== 6 && !vrij.has(dag)) left--;
  }
  return new Date(vanBrussel({ datum: datumVan(dag), tijd: klok.tijd })).toISOString();
}

const feestdagnummers = new Map<number, ReadonlySet<number>>();

/** The public holidays of a year and the extra local days off, as day numbers. */
function vrijeDagen(jaar: number, extra: readonly string[]): ReadonlySet<number> {
  let feest = feestdagnummers.get(jaar);
  if (!feest) {
    feest = new Set([...feestdagenVan(jaar).keys()].map(dagVan));
    feestdagnummers.set(jaar, feest);
  }
  return extra.length ? new Set([...feest, ...extra.map(dagVan)]) : feest;
}
