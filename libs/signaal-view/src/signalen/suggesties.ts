import { AFGEHANDELD } from '@signaalspoor/domain';
import type { SignaalView } from './signaal-view';

// Suggestions for the wijkmanager, learned from the signaal view: which diensten answered signalen
// like this one (a send-back counts against the dienst), and which open signalen look like it. Pure:
// the caller reads the candidates from the read model (SignaalViewRepository.kandidaten).

/** What the suggestions read of a signaal: a slice of its view. */
export type Vergelijkbaar = Pick<
  SignaalView,
  'id' | 'raadId' | 'titel' | 'omschrijving' | 'thema' | 'status' | 'ingediendOp' | 'coordinaten'
> & {
  locatie?: { omschrijving?: string };
  doorsturingen: Pick<SignaalView['doorsturingen'][number], 'dienstId' | 'status'>[];
  duplicaatVan?: { signaalId: string };
};

export interface DienstSuggestie {
  dienstId: string;
  /**
   * 0..1: the share of the similar signalen's and the thema's weight that this dienst answered (a
   * pending routing half), less its send-backs; 0 for a dienst that only fills up the list
   */
  score: number;
  reden: string;
}

export interface DuplicaatSuggestie {
  signaalId: string;
  titel: string;
  /** 0..1 */
  score: number;
  reden: string;
}

export interface Suggesties {
  diensten: DienstSuggestie[];
  duplicaten: DuplicaatSuggestie[];
}

/** Names for the reasons: a dienst's and a thema's; and every dienst, to fill up by name. */
export interface SuggestieNamen {
  dienst(id: string): string;
  thema(id: string): string;
  diensten: readonly string[];
}

/** How many similar signalen a dienst suggestion learns from, and how many suggestions are given. */
export const BUREN = 12;
export const MAX_SUGGESTIES = 5;
/** Fewer diensten than this from the similar signalen and the thema: the list is filled up (see aanvulling). */
export const MIN_SUGGESTIES = 3;
/**
 * How much the thema's own record counts next to the similar signalen: as much as one neighbour of
 * similarity 0.7. Close neighbours outvote it; where the words say little (a vague signaal), it decides.
 */
const THEMA_STEM = 0.5;
/** How much more a close neighbour counts than a distant one (the weight is the similarity to this power). */
const MACHT = 2;
/** Below this similarity an open signaal is not offered as a duplicate. */
export const DUPLICAAT_DREMPEL = 0.35;

const THEMA_GEWICHT = 0.15;
/** A signaal counts as similar for the diensten only when its words say this much (otherwise the thema's record decides). */
const WOORDEN_MIN = 0.01;
/** Pseudo-count per dienst when learning what a word says about the dienst. */
const SMOOTHING = 0.05;
/** Within this distance two points count as the same place (the weight fades out linearly). */
const NABIJ_M = 400;
const NABIJ_GEWICHT = 0.25;

const STOPWOORDEN = new Set(
  (
    'aan al alle als ben bij dat de deze die dit doen door een en er geen het hier hij hoe ik in is ' +
    'je kan komen maar meer met mij na naar niet nog nu of om omdat ook op over te tegen toch tot uit ' +
    'van veel voor waar wat we wel werd wij worden zal ze zeer zich zijn zo zou graag kunnen moet moeten ' +
    'heel erg steeds vaak sinds wordt werden hebben heeft onze ons jullie men iemand iets alles weer'
  ).split(' '),
);

/** Words of a text, lower case and without accents, with a crude stem: the first six letters. */
export function woorden(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 4 && !STOPWOORDEN.has(word));
}

const stam = (word: string): string => word.slice(0, 6);

/** The text of a signaal that similarity reads: titel (twice: it says most), omschrijving, locatie. */
const tekstVan = (s: Vergelijkbaar): string =>
  `${s.titel} ${s.titel} ${s.omschrijving} ${s.locatie?.omschrijving ?? ''}`;

interface Vector {
  gewichten: Map<string, number>;
  norm: number;
}

/** The stems of each signaal's text with their counts, and how many signalen use each stem. */
class Corpus {
  readonly termen = new Map<string, Map<string, number>>();
  private readonly df = new Map<string, number>();

  constructor(signalen: readonly Vergelijkbaar[]) {
    for (const s of signalen) {
      const tf = new Map<string, number>();
      for (const word of woorden(tekstVan(s))) tf.set(stam(word), (tf.get(stam(word)) ?? 0) + 1);
      this.termen.set(s.id, tf);
      for (const term of tf.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    }
  }

  /**
   * TF-IDF vectors of every signaal, each stem's weight times `factor(stem)`; the norm stays that of
   * the plain vector, so a text of words that say little is little alike, not alike in its few words.
   */
  vectoren(factor: (term: string) => number = () => 1): Vectoren {
    const n = this.termen.size;
    const vectors = new Map<string, Vector>();
    for (const [id, tf] of this.termen) {
      const gewichten = new Map<string, number>();
      let kwadraten = 0;
      for (const [term, count] of tf) {
        const gewicht = (1 + Math.log(count)) * Math.log(1 + n / (this.df.get(term) ?? 1));
        kwadraten += gewicht * gewicht;
        gewichten.set(term, gewicht * Math.sqrt(factor(term)));
      }
      vectors.set(id, { gewichten, norm: Math.sqrt(kwadraten) });
    }
    return new Vectoren(vectors);
  }
}

class Vectoren {
  constructor(private readonly vectors: Map<string, Vector>) {}

  /** Cosine similarity of two signalen's texts, and the stems they share with their weight, heaviest first. */
  cosinus(a: string, b: string): { score: number; gedeeld: Map<string, number> } {
    const va = this.vectors.get(a);
    const vb = this.vectors.get(b);
    if (!va || !vb || !va.norm || !vb.norm) return { score: 0, gedeeld: new Map() };
    const gedeeld: [string, number][] = [];
    for (const [term, w] of va.gewichten) {
      const other = vb.gewichten.get(term);
      if (other !== undefined && w * other > 0) gedeeld.push([term, w * other]);
    }
    const dot = gedeeld.reduce((sum, [, w]) => sum + w, 0);
    gedeeld.sort((x, y) => y[1] - x[1]);
    return { score: dot / (va.norm * vb.norm), gedeeld: new Map(gedeeld) };
  }
}

/**
 * How much a stem says about the dienst, learned from the answered signalen that use it: 1 when
 * they were all answered by one dienst, 0 when spread evenly ("bewoners", "reactie"). One minus
 * the normalised entropy of its diensten, smoothed so that a stem seen once says little.
 */
function dienstInformatie(corpus: Corpus, signalen: readonly Vergelijkbaar[]): (term: string) => number {
  const perTerm = new Map<string, Map<string, number>>();
  const diensten = new Set<string>();
  for (const s of signalen) {
    const beantwoord = s.doorsturingen.filter((d) => STEM[d.status] > 0).map((d) => d.dienstId);
    for (const dienstId of beantwoord) diensten.add(dienstId);
    for (const term of corpus.termen.get(s.id)?.keys() ?? []) {
      const tellingen = perTerm.get(term) ?? new Map<string, number>();
      for (const dienstId of beantwoord) tellingen.set(dienstId, (tellingen.get(dienstId) ?? 0) + 1);
      perTerm.set(term, tellingen);
    }
  }
  const k = diensten.size;
  if (k < 2) return () => 1;
  const cache = new Map<string, number>();
  return (term) => {
    const bekend = cache.get(term);
    if (bekend !== undefined) return bekend;
    const tellingen = [...(perTerm.get(term)?.values() ?? [])];
    const totaal = tellingen.reduce((sum, n) => sum + n, 0) + SMOOTHING * k;
    const p = [...tellingen, ...Array<number>(k - tellingen.length).fill(0)].map(
      (n) => (n + SMOOTHING) / totaal,
    );
    const entropie = -p.reduce((sum, x) => sum + x * Math.log(x), 0);
    const informatie = 1 - entropie / Math.log(k);
    cache.set(term, informatie);
    return informatie;
  };
}

/** Distance in metres between two WGS84 points (haversine). */
export function afstandM(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

interface Gelijkenis {
  ander: Vergelijkbaar;
  /** for duplicates: the same text, thema and place */
  score: number;
  /** for diensten: the same words that say something about the dienst, thema and place */
  dienstScore: number;
  /** the part of dienstScore the words make */
  dienstTekst: number;
  /** the stems shared in dienstScore, with their weight, heaviest first */
  dienstGedeeld: Map<string, number>;
  tekst: number;
  /** the stems both use, with their weight in the similarity, heaviest first */
  gedeeld: Map<string, number>;
  afstand?: number;
}

function gelijkenis(
  vectoren: { tekst: Vectoren; dienst: Vectoren },
  signaal: Vergelijkbaar,
  ander: Vergelijkbaar,
): Gelijkenis {
  const { score: tekst, gedeeld } = vectoren.tekst.cosinus(signaal.id, ander.id);
  const dienst = vectoren.dienst.cosinus(signaal.id, ander.id);
  const afstand =
    signaal.coordinaten && ander.coordinaten ? afstandM(signaal.coordinaten, ander.coordinaten) : undefined;
  const nabij = afstand === undefined ? 0 : NABIJ_GEWICHT * Math.max(0, 1 - afstand / NABIJ_M);
  const thema = signaal.thema === ander.thema ? THEMA_GEWICHT : 0;
  return {
    ander,
    score: Math.min(1, tekst + thema + nabij),
    dienstScore: Math.min(1, dienst.score + thema + nabij),
    dienstTekst: dienst.score,
    dienstGedeeld: dienst.gedeeld,
    tekst,
    gedeeld,
    afstand,
  };
}

/** The word the signaal itself used for a stem (its first occurrence), to name it in a reason. */
function woordVoor(signaal: Vergelijkbaar, term: string): string | undefined {
  return woorden(tekstVan(signaal)).find((word) => stam(word) === term);
}

const afgerond = (score: number): number => Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;

/**
 * Suggestions for `signaal` from `kandidaten` (other signalen of the read model, in any order):
 * diensten from the BUREN most similar signalen that were routed (an answer counts for the dienst
 * with the similarity as weight, a send-back against it); duplicates among the open signalen of
 * `raden` that are not linked as a duplicate.
 */
export function suggesties(
  signaal: Vergelijkbaar,
  kandidaten: readonly Vergelijkbaar[],
  raden: readonly string[],
  namen: SuggestieNamen,
): Suggesties {
  const anderen = kandidaten.filter((k) => k.id !== signaal.id);
  const corpus = new Corpus([signaal, ...anderen]);
  const vectoren = { tekst: corpus.vectoren(), dienst: corpus.vectoren(dienstInformatie(corpus, anderen)) };
  const gelijk = anderen.map((ander) => gelijkenis(vectoren, signaal, ander));
  return {
    diensten: dienstSuggesties(signaal, gelijk, namen),
    duplicaten: duplicaatSuggesties(signaal, gelijk, raden, namen),
  };
}

function dienstSuggesties(
  signaal: Vergelijkbaar,
  gelijk: readonly Gelijkenis[],
  namen: SuggestieNamen,
): DienstSuggestie[] {
  const buren = gelijk
    .filter((g) => g.dienstTekst >= WOORDEN_MIN && g.ander.doorsturingen.length > 0)
    .sort((a, b) => b.dienstScore - a.dienstScore)
    .slice(0, BUREN);
  const totaal = buren.reduce((sum, g) => sum + gewicht(g), 0);
  const perDienst = new Map<string, Telling>();
  const telling = (dienstId: string): Telling => {
    const dienst = perDienst.get(dienstId) ?? nieuweTelling();
    perDienst.set(dienstId, dienst);
    return dienst;
  };
  for (const buur of buren) {
    for (const d of buur.ander.doorsturingen) {
      const dienst = telling(d.dienstId);
      dienst.gewicht += STEM[d.status] * gewicht(buur);
      // the reason names what a person can check: the nearest neighbours
      dienst.buren[d.status].push(buur);
    }
  }
  // and what the thema says on its own: the share of its routings each dienst got, answers counting
  // most (a send-back here says little: a thema's wrong first pick is often right for its other subjects)
  const themaDoorsturingen = gelijk
    .filter((g) => g.ander.thema === signaal.thema)
    .flatMap((g) => g.ander.doorsturingen.filter((d) => STEM[d.status] > 0));
  const themaStemmen = themaDoorsturingen.reduce((sum, d) => sum + STEM[d.status], 0);
  for (const d of themaDoorsturingen) {
    const dienst = telling(d.dienstId);
    dienst.gewicht += (THEMA_STEM * STEM[d.status]) / themaStemmen;
    dienst.thema[d.status] += 1;
  }
  const thema = {
    antwoorden: themaDoorsturingen.filter((d) => d.status === 'beantwoord').length,
    doorsturingen: themaDoorsturingen.length,
  };
  const gekozen: DienstSuggestie[] = [...perDienst]
    .filter(([, d]) => d.gewicht > 0)
    .sort(([a, x], [b, y]) => y.gewicht - x.gewicht || a.localeCompare(b))
    .slice(0, MAX_SUGGESTIES)
    .map(([dienstId, d]) => ({
      dienstId,
      score: afgerond(d.gewicht / (totaal + THEMA_STEM)),
      reden: dienstReden(signaal, dienstId, d, { buren: buren.length, thema }, namen),
    }));
  return [...gekozen, ...aanvulling(signaal, gelijk, gekozen, perDienst, namen)];
}

/**
 * Too few diensten from the similar signalen and the thema: the rest of the MIN_SUGGESTIES, score 0,
 * first the diensten whose name shares a word with the thema's, then by the record over all thema's
 * (its answers, or before the first answer its routings); never a dienst already weighed there. The
 * reason says the thema had too little to go on.
 */
function aanvulling(
  signaal: Vergelijkbaar,
  gelijk: readonly Gelijkenis[],
  gekozen: readonly DienstSuggestie[],
  perDienst: ReadonlyMap<string, Telling>,
  namen: SuggestieNamen,
): DienstSuggestie[] {
  if (gekozen.length >= MIN_SUGGESTIES) return [];
  // a dienst already weighed (chosen, or found wanting: sent back more than answered) is not offered again
  const uit = new Set(perDienst.keys());
  const alle = gelijk.flatMap((g) => g.ander.doorsturingen.filter((d) => STEM[d.status] > 0));
  const antwoorden = alle.filter((d) => d.status === 'beantwoord');
  // answers speak where there are any; before the first answer, the routings
  const record = antwoorden.length ? antwoorden : alle;
  const tellingen = new Map<string, number>();
  for (const d of record)
    if (!uit.has(d.dienstId)) tellingen.set(d.dienstId, (tellingen.get(d.dienstId) ?? 0) + 1);
  const thema = namen.thema(signaal.thema);
  // first the diensten whose name says the thema (Dienst Netheid for Netheid), then the record
  const themaStammen = new Set(woorden(thema).map(stam));
  const opNaam = namen.diensten.filter(
    (id) => !uit.has(id) && woorden(namen.dienst(id)).some((word) => themaStammen.has(stam(word))),
  );
  const naarNaam = opNaam.map((dienstId) => ({
    dienstId,
    score: 0,
    reden: `Te weinig gegevens over het thema ${thema}: de naam van ${namen.dienst(dienstId)} past bij het thema.`,
  }));
  const naarRecord = [...tellingen]
    .filter(([dienstId]) => !opNaam.includes(dienstId))
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([dienstId, n]) => ({
      dienstId,
      score: 0,
      reden: antwoorden.length
        ? `Te weinig gegevens over het thema ${thema}: over alle thema's samen ${meervoud(n, 'kwam', 'kwamen')} ${n} van de ${record.length} antwoorden van ${namen.dienst(dienstId)}.`
        : `Nog geen antwoorden en te weinig gegevens over het thema ${thema}: over alle thema's samen ${meervoud(n, 'ging', 'gingen')} ${n} van de ${record.length} doorsturingen naar ${namen.dienst(dienstId)}.`,
    }));
  return [...naarNaam, ...naarRecord].slice(0, MIN_SUGGESTIES - gekozen.length);
}

/**
 * Every routed signaal counts, the more the more alike: the nearest decide, and where the text says
 * little (a vague signaal), the many of the same thema still do.
 */
const gewicht = (g: Gelijkenis): number => g.dienstScore ** MACHT;

type DoorsturingStatus = Vergelijkbaar['doorsturingen'][number]['status'];

/**
 * What a routing says for its dienst: an answer most, a routing still waiting for one (the
 * wijkmanager's own choice, not yet confirmed) half as much, a send-back against it.
 */
const STEM: Record<DoorsturingStatus, number> = {
  beantwoord: 1,
  doorgestuurd: 0.5,
  opgepakt: 0.5,
  teruggestuurd: -1,
};

const perStatus = <T>(maak: () => T): Record<DoorsturingStatus, T> => ({
  beantwoord: maak(),
  doorgestuurd: maak(),
  opgepakt: maak(),
  teruggestuurd: maak(),
});

/** What speaks for a dienst: its weight, the nearest it got per status, its routings in the thema. */
interface Telling {
  gewicht: number;
  buren: Record<DoorsturingStatus, Gelijkenis[]>;
  thema: Record<DoorsturingStatus, number>;
}
const nieuweTelling = (): Telling => ({ gewicht: 0, buren: perStatus(() => []), thema: perStatus(() => 0) });

/** "3 van de 12 gelijkaardige signalen over "oversteekplaats" werden beantwoord door Dienst Mobiliteit" */
function dienstReden(
  signaal: Vergelijkbaar,
  dienstId: string,
  d: Telling,
  van: { buren: number; thema: { antwoorden: number; doorsturingen: number } },
  namen: SuggestieNamen,
): string {
  const dienst = namen.dienst(dienstId);
  const thema = `het thema ${namen.thema(signaal.thema)}`;
  const beantwoord = d.buren.beantwoord;
  const wachtend = [...d.buren.doorgestuurd, ...d.buren.opgepakt];
  const terug = d.buren.teruggestuurd.length;
  const terugZin = terug
    ? `; ${terug} ${meervoud(terug, 'doorsturing', 'doorsturingen')} naar die dienst ${meervoud(terug, 'werd', 'werden')} teruggestuurd`
    : '';
  if (beantwoord.length > 0) {
    const wachtZin = wachtend.length
      ? `; ${wachtend.length} ${meervoud(wachtend.length, 'ander werd', 'andere werden')} ernaar doorgestuurd en ${meervoud(wachtend.length, 'wacht', 'wachten')} nog op antwoord`
      : '';
    return `${beantwoord.length} van de ${van.buren} gelijkaardige signalen over ${gemeenschappelijk(signaal, beantwoord) ?? thema} ${meervoud(beantwoord.length, 'werd', 'werden')} beantwoord door ${dienst}${wachtZin}${terugZin}.`;
  }
  if (wachtend.length > 0)
    return `${wachtend.length} van de ${van.buren} gelijkaardige signalen over ${gemeenschappelijk(signaal, wachtend) ?? thema} ${meervoud(wachtend.length, 'werd', 'werden')} doorgestuurd naar ${dienst} en ${meervoud(wachtend.length, 'wacht', 'wachten')} nog op antwoord${terugZin}.`;
  // only the thema's record speaks for it
  const open = d.thema.doorgestuurd + d.thema.opgepakt;
  if (d.thema.beantwoord === 0)
    return `Nog geen antwoorden op signalen over ${thema}; ${open} van de ${van.thema.doorsturingen} doorsturingen ervan ${meervoud(open, 'ging', 'gingen')} naar ${dienst} en ${meervoud(open, 'wacht', 'wachten')} nog op antwoord${terugZin}.`;
  const openZin = open
    ? `; nog ${open} ${meervoud(open, 'doorsturing', 'doorsturingen')} naar die dienst ${meervoud(open, 'wacht', 'wachten')} op antwoord`
    : '';
  return `${d.thema.beantwoord} van de ${van.thema.antwoorden} antwoorden op signalen over ${thema} kwamen van ${dienst}${openZin}${terugZin}.`;
}

const meervoud = (n: number, een: string, meer: string): string => (n === 1 ? een : meer);

/** The word of `signaal` that weighs most in its similarity to these signalen, quoted. */
function gemeenschappelijk(signaal: Vergelijkbaar, gelijk: readonly Gelijkenis[]): string | undefined {
  const gewichten = new Map<string, number>();
  for (const g of gelijk)
    for (const [term, w] of g.gedeeld) gewichten.set(term, (gewichten.get(term) ?? 0) + w);
  const [term] = [...gewichten].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0] ?? [];
  const woord = term && woordVoor(signaal, term);
  return woord ? `"${woord}"` : undefined;
}

function duplicaatSuggesties(
  signaal: Vergelijkbaar,
  gelijk: readonly Gelijkenis[],
  raden: readonly string[],
  namen: SuggestieNamen,
): DuplicaatSuggestie[] {
  return gelijk
    .filter(
      (g) =>
        raden.includes(g.ander.raadId) &&
        !AFGEHANDELD.includes(g.ander.status) &&
        !g.ander.duplicaatVan &&
        g.score >= DUPLICAAT_DREMPEL,
    )
    .sort((a, b) => b.score - a.score || a.ander.id.localeCompare(b.ander.id))
    .slice(0, MAX_SUGGESTIES)
    .map((g) => ({
      signaalId: g.ander.id,
      titel: g.ander.titel,
      score: afgerond(g.score),
      reden: duplicaatReden(signaal, g, namen),
    }));
}

/** "Zelfde thema (Verkeersveiligheid), 120 m verder; gemeenschappelijke woorden: "oversteekplaats", "school"." */
function duplicaatReden(signaal: Vergelijkbaar, g: Gelijkenis, namen: SuggestieNamen): string {
  const delen: string[] = [];
  if (signaal.thema === g.ander.thema) delen.push(`zelfde thema (${namen.thema(signaal.thema)})`);
  if (g.afstand !== undefined && g.afstand < NABIJ_M)
    delen.push(`${Math.round(g.afstand / 10) * 10} m verder`);
  const woordenGedeeld = [...g.gedeeld.keys()]
    .slice(0, 3)
    .map((term) => woordVoor(signaal, term))
    .filter((w): w is string => w !== undefined)
    .map((w) => `"${w}"`);
  if (woordenGedeeld.length) delen.push(`gemeenschappelijke woorden: ${woordenGedeeld.join(', ')}`);
  const zin = delen.join('; ') || 'gelijkaardige tekst';
  return `${zin.charAt(0).toUpperCase()}${zin.slice(1)}.`;
}
