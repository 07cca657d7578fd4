import { randomUUID } from 'node:crypto';
import type { Actor, Besluit, Bron, Coordinaten } from '@signaalspoor/domain';
import type { EventStore } from '@signaalspoor/event-store';
import type { ReferenceData } from '@signaalspoor/reference-data';
import { SignaalCommandHandler, SignaalRepository, type CommandRequest } from '@signaalspoor/signaal-store';
import {
  CENTRA,
  HASSELT,
  ONDERWERPEN,
  STRATEN,
  VAGE_TITELS,
  VAGE_ZINNEN,
  type Onderwerp,
} from './onderwerpen';

// A year of made-up but realistic history of the demo raden: signalen with noisy Dutch texts,
// routings (sometimes to the wrong dienst first, which sends it back), answers, feedback,
// acceptance, reopenings, withdrawals and duplicates. It is a plan of commands with their times,
// deterministic for a seed, played through the one SignaalCommandHandler with a clock set to each
// step's time: the decider checks every step and the log holds what a real year would.

export interface GeschiedenisOpties {
  /** the plan is the same for the same seed, `eind` and `aantal` */
  seed?: number;
  /** the history ends here (steps planned later are left out: those signalen are still open) */
  eind: Date;
  /** how many signalen over the year */
  aantal?: number;
  /** how many days back it starts */
  dagen?: number;
}

/** One command of the plan: when, by whom, what. */
export interface Stap {
  at: number;
  actor: Actor;
  request: CommandRequest;
  /** for a KoppelAlsDuplicaat: the main signaal, whose state is read when the step is played */
  hoofdSignaalId?: string;
}

export interface Samenvatting {
  signalen: number;
  commands: number;
  van: string;
  tot: string;
}

const DAG = 24 * 60 * 60 * 1000;
const BRONNEN: Bron[] = [
  'open-forum',
  'raadsvergadering',
  'raadsvergadering',
  'werkgroep',
  'jaarlijks-overleg',
  'andere',
];
const BESLUITEN: Besluit[] = ['uitgevoerd', 'ingepland', 'ingepland', 'in-onderzoek', 'niet-weerhouden'];

/** A small seeded PRNG (mulberry32): the same seed gives the same history. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    kans: (p: number): boolean => next() < p,
    tussen: (min: number, max: number): number => min + next() * (max - min),
    een: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    uuid: (): string => {
      const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
}
type Rng = ReturnType<typeof prng>;

/** Typos a hurried volunteer makes: two letters swapped or one dropped, in a word or two. */
function tikfouten(rng: Rng, text: string): string {
  const words = text.split(' ');
  for (let n = rng.kans(0.5) ? 2 : 1; n > 0; n--) {
    const i = Math.floor(rng.next() * words.length);
    const w = words[i];
    if (w.length < 5) continue;
    const j = 1 + Math.floor(rng.next() * (w.length - 3));
    words[i] = rng.kans(0.5)
      ? w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2)
      : w.slice(0, j) + w.slice(j + 1);
  }
  return words.join(' ');
}

const vul = (text: string, straat: string): string => text.replaceAll('{straat}', straat);

interface Gepland {
  signaalId: string;
  raadId: string;
  onderwerp: Onderwerp;
  coordinaten?: Coordinaten;
  ingediendOp: number;
  ingetrokken: boolean;
  duplicaat: boolean;
}

/** The plan: every command of the year, in time order. */
export function planGeschiedenis(reference: ReferenceData, opties: GeschiedenisOpties): Stap[] {
  const { seed = 2026, eind, aantal = 600, dagen = 365 } = opties;
  const rng = prng(seed);
  const begin = eind.getTime() - dagen * DAG;
  const raden = reference.set.raden;
  const stappen: Stap[] = [];
  const gepland: Gepland[] = [];
  for (let i = 0; i < aantal; i++) {
    // office hours on a weekday, in order over the year
    const dag = Math.floor(((i + rng.next()) / aantal) * dagen);
    const ingediendOp = werkuur(rng, begin + dag * DAG);
    const hoofd = rng.kans(0.07) ? kiesHoofd(rng, gepland, ingediendOp) : undefined;
    const raad = hoofd
      ? rng.een(raden.filter((r) => r.wijkmanager === reference.raad(hoofd.raadId)?.wijkmanager))
      : rng.een(raden);
    const signaal = planSignaal(rng, reference, raad.id, ingediendOp, hoofd);
    gepland.push(signaal.gepland);
    stappen.push(...signaal.stappen);
  }
  return stappen.filter((stap) => stap.at <= eind.getTime()).sort((a, b) => a.at - b.at);
}

/** A main signaal for a duplicate: submitted in the month before, not withdrawn, not itself a duplicate. */
function kiesHoofd(rng: Rng, gepland: readonly Gepland[], at: number): Gepland | undefined {
  const kandidaten = gepland.filter((g) => !g.ingetrokken && !g.duplicaat && at - g.ingediendOp < 30 * DAG);
  return kandidaten.length ? rng.een(kandidaten) : undefined;
}

/** A time on a weekday (never Saturday or Sunday), between 8 and 18 h UTC, on or after `dag`. */
function werkuur(rng: Rng, dag: number): number {
  let at = dag - (dag % DAG) + rng.tussen(8, 18) * 60 * 60 * 1000;
  while ([0, 6].includes(new Date(at).getUTCDay())) at += DAG;
  return Math.floor(at);
}

function planSignaal(
  rng: Rng,
  reference: ReferenceData,
  raadId: string,
  ingediendOp: number,
  hoofd?: Gepland,
): { gepland: Gepland; stappen: Stap[] } {
  const signaalId = rng.uuid();
  const onderwerp = hoofd?.onderwerp ?? rng.een(ONDERWERPEN);
  const raadLid: Actor = { rol: 'raad', id: `lid-${raadId}`, raadId };
  const wijkmanager: Actor = { rol: 'wijkmanager', id: reference.raad(raadId)?.wijkmanager ?? 'wm' };
  const dienst = (dienstId: string): Actor => ({ rol: 'dienst', id: `${dienstId}-1`, dienstId });
  const stappen: Stap[] = [];
  let at = ingediendOp;
  const stap = (actor: Actor, request: Omit<CommandRequest, 'signaalId'>, naDagen: [number, number]) => {
    // a step is never before the previous one of its signaal, even on the same day
    at = Math.max(at + 60_000, werkuur(rng, at + rng.tussen(...naDagen) * DAG));
    stappen.push({ at, actor, request: { signaalId, ...request } });
    return at;
  };

  const straat = rng.een(STRATEN);
  const vaag = !hoofd && rng.kans(0.12);
  let titel = vul(vaag ? rng.een(VAGE_TITELS) : rng.een(onderwerp.titels), straat);
  const zinnen = vaag
    ? [rng.een(VAGE_ZINNEN), rng.een(VAGE_ZINNEN)]
    : [rng.een(onderwerp.zinnen), rng.een([...onderwerp.zinnen, ...VAGE_ZINNEN])];
  if (rng.kans(0.12)) zinnen.push(`Ook: ${rng.een(rng.een(ONDERWERPEN).zinnen).toLowerCase()}`); // mixed topics
  let omschrijving = [...new Set(zinnen)].join(' ');
  if (rng.kans(0.3)) omschrijving = tikfouten(rng, omschrijving);
  if (rng.kans(0.15)) titel = tikfouten(rng, titel);
  const thema = rng.kans(0.08) ? 'andere' : rng.een(onderwerp.themas);
  const centrum = hoofd?.coordinaten ?? CENTRA[raadId] ?? HASSELT;
  const spreiding = hoofd?.coordinaten ? 0.0008 : 0.01;
  const coordinaten = rng.kans(0.85)
    ? {
        lat: round6(centrum.lat + rng.tussen(-spreiding, spreiding)),
        lon: round6(centrum.lon + rng.tussen(-spreiding, spreiding) * 1.5),
      }
    : undefined;
  stappen.push({
    at,
    actor: raadLid,
    request: {
      signaalId,
      command: {
        type: 'DienSignaalIn',
        signaalId,
        raadId,
        titel,
        omschrijving,
        thema,
        bron: rng.een(BRONNEN),
        locatie: { omschrijving: straat },
        ...(coordinaten && { coordinaten }),
        ...(rng.kans(0.3) && { openbaar: true }),
      },
    },
  });
  const gepland: Gepland = {
    signaalId,
    raadId,
    onderwerp,
    coordinaten,
    ingediendOp,
    ingetrokken: false,
    duplicaat: hoofd !== undefined,
  };

  if (hoofd) {
    const at = stap(wijkmanager, { command: koppeling(hoofd.signaalId) }, [0.5, 3]);
    stappen[stappen.length - 1] = { ...stappen[stappen.length - 1], at, hoofdSignaalId: hoofd.signaalId };
    return { gepland, stappen };
  }
  if (rng.kans(0.03)) {
    gepland.ingetrokken = true;
    stap(raadLid, { command: { type: 'TrekIn', reden: 'Ondertussen opgelost door de buren.' } }, [1, 8]);
    return { gepland, stappen };
  }
  if (vaag || rng.kans(0.06)) {
    stap(
      wijkmanager,
      {
        command: {
          type: 'VraagVerduidelijking',
          vraag: 'Over welke plaats gaat het precies, en sinds wanneer?',
        },
      },
      [0.5, 3],
    );
    stap(
      raadLid,
      {
        command: { type: 'GeefVerduidelijking', antwoord: `Het gaat om de ${straat}, al enkele maanden.` },
      },
      [1, 6],
    );
  }

  const doorsturen = (dienstId: string, naDagen: [number, number]) => {
    const doorsturingId = rng.uuid();
    stap(
      wijkmanager,
      {
        id: doorsturingId,
        command: {
          type: 'StuurDoor',
          doorsturingId,
          dienstId,
          toelichting: 'Graag jullie antwoord voor de raad.',
        },
      },
      naDagen,
    );
    return doorsturingId;
  };
  // the wijkmanager sometimes picks the wrong dienst first: it sends it back
  if (rng.kans(0.22)) {
    const fout = onderwerp.verkeerd;
    const doorsturingId = doorsturen(fout, [0.5, 4]);
    if (rng.kans(0.5))
      stap(dienst(fout), { command: { type: 'PakOp', doorsturingId, dienstId: fout } }, [0.5, 3]);
    stap(
      dienst(fout),
      {
        command: {
          type: 'StuurTerug',
          doorsturingId,
          dienstId: fout,
          reden: `Dit is niet voor ${reference.dienst(fout)?.naam ?? fout}: graag naar de bevoegde dienst.`,
        },
      },
      [1, 8],
    );
  }
  const diensten =
    onderwerp.diensten.length > 1 && rng.kans(0.5) ? onderwerp.diensten : [rng.een(onderwerp.diensten)];
  const routings = diensten.map((dienstId, i) => ({
    dienstId,
    doorsturingId: doorsturen(dienstId, i === 0 ? [0.5, 4] : [0, 0.2]),
  }));
  const gerouteerd = at;
  let laatste = at;
  for (const { dienstId, doorsturingId } of routings) {
    at = gerouteerd;
    if (rng.kans(0.7))
      stap(dienst(dienstId), { command: { type: 'PakOp', doorsturingId, dienstId } }, [0.5, 5]);
    const besluit = rng.een(BESLUITEN);
    const beantwoord = stap(
      dienst(dienstId),
      {
        command: {
          type: 'Beantwoord',
          doorsturingId,
          dienstId,
          besluit,
          antwoord: ANTWOORDEN[besluit],
          ...(besluit === 'ingepland' && {
            verwachteDatum: new Date(at + rng.tussen(20, 120) * DAG).toISOString().slice(0, 10),
          }),
        },
      },
      [2, 30],
    );
    laatste = Math.max(laatste, beantwoord);
  }
  at = laatste;
  const terugkoppeling = `Antwoord van ${routings.map((r) => reference.dienst(r.dienstId)?.naam ?? r.dienstId).join(' en ')}: zie hierboven.`;
  stap(
    wijkmanager,
    {
      command: { type: 'KoppelTerug', boodschap: terugkoppeling, definitief: true },
    },
    [0.5, 5],
  );
  if (rng.kans(0.06)) {
    stap(raadLid, { command: { type: 'Heropen', reden: 'Het probleem is er nog altijd.' } }, [2, 10]);
    stap(
      wijkmanager,
      {
        command: {
          type: 'KoppelTerug',
          boodschap: 'De dienst bevestigt dat het opgevolgd wordt.',
          definitief: true,
        },
      },
      [2, 10],
    );
  }
  if (rng.kans(0.75)) stap(raadLid, { command: { type: 'SluitAf' } }, [1, 14]);
  return { gepland, stappen };
}

const ANTWOORDEN: Record<Besluit, string> = {
  uitgevoerd: 'De ploeg heeft het ter plaatse in orde gebracht.',
  ingepland: 'We nemen het op in de planning van de volgende werken.',
  'in-onderzoek': 'We onderzoeken de situatie en komen erop terug.',
  'niet-weerhouden': 'Na onderzoek voeren we dit niet uit: de situatie voldoet aan de normen.',
};

const koppeling = (hoofdSignaalId: string) =>
  ({
    type: 'KoppelAlsDuplicaat',
    hoofdSignaalId,
    reden: 'Zelfde vraag als een signaal dat al loopt.',
  }) as const;

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/**
 * Plays the plan through the one command handler, its clock set to each step's time: every step is
 * decided (and refused if it were wrong) as a request of that actor would be.
 */
export async function speelAf(
  store: EventStore,
  reference: ReferenceData,
  stappen: readonly Stap[],
): Promise<Samenvatting> {
  let nu = new Date(stappen[0]?.at ?? Date.now());
  const signalen = new SignaalRepository(store);
  const commands = new SignaalCommandHandler(signalen, reference, () => nu);
  for (const stap of stappen) {
    nu = new Date(stap.at);
    const request = stap.hoofdSignaalId
      ? await metHoofd(signalen, stap.request, stap.hoofdSignaalId)
      : stap.request;
    const id = randomUUID();
    await commands.handle(request, { actor: stap.actor, correlationId: id, causationId: id });
  }
  return {
    signalen: stappen.filter((s) => s.request.command.type === 'DienSignaalIn').length,
    commands: stappen.length,
    van: new Date(stappen[0]?.at ?? 0).toISOString(),
    tot: nu.toISOString(),
  };
}

/** A KoppelAlsDuplicaat carries the main signaal as it is at that moment, read from its stream. */
async function metHoofd(
  signalen: SignaalRepository,
  request: CommandRequest,
  hoofdSignaalId: string,
): Promise<CommandRequest> {
  const { state } = await signalen.load(hoofdSignaalId);
  if (!state || request.command.type !== 'KoppelAlsDuplicaat') return request;
  return {
    ...request,
    command: {
      ...request.command,
      hoofd: {
        signaalId: state.signaalId,
        status: state.status,
        duplicaatVan: state.duplicaatVan?.signaalId,
      },
    },
  };
}

/** Plans and plays a year of history into `store`. */
export function maakGeschiedenis(
  store: EventStore,
  reference: ReferenceData,
  opties: GeschiedenisOpties,
): Promise<Samenvatting> {
  return speelAf(store, reference, planGeschiedenis(reference, opties));
}
