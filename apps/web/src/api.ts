// The one place where the web app meets the HTTP API: every path, request body and response type,
// in the API's settled names (docs/api.md: `id` for a resource's own id, `signaalId` only when
// referring, `positie` for the global position, paging echoed as `limiet`/`offset`).

export type Rol = 'raad' | 'wijkmanager' | 'dienst' | 'auditor' | 'beheerder';

export interface Sessie {
  sub: string;
  rol: Rol;
  raad?: string;
  dienst?: string;
  naam: string;
}

export interface DemoGebruiker {
  rol: Rol;
  id?: string;
  naam: string;
}

export interface Referentie {
  id: string;
  naam: string;
}
export interface Raad extends Referentie {
  wijkmanager: string;
}

export type BalBij = 'wijkmanager' | 'raad' | 'dienst' | 'niemand';
export type Besluit = 'uitgevoerd' | 'ingepland' | 'in-onderzoek' | 'niet-weerhouden';
export const BESLUITEN: Besluit[] = ['uitgevoerd', 'ingepland', 'in-onderzoek', 'niet-weerhouden'];
export type Bron = 'open-forum' | 'raadsvergadering' | 'werkgroep' | 'jaarlijks-overleg' | 'andere';
export const BRONNEN: Bron[] = ['open-forum', 'raadsvergadering', 'werkgroep', 'jaarlijks-overleg', 'andere'];

export interface SignaalSamenvatting {
  id: string;
  raadId: string;
  titel: string;
  thema: string;
  status: string;
  ingediendOp: string;
  gewijzigdOp: string;
  balBij: BalBij;
  diensten: string[];
  openDiensten: string[];
  overschredenTermijnen: string[];
  /** the running deadline that passes first */
  volgendeTermijn?: LopendeTermijn;
  positie: number;
}

export interface Pagina<T> {
  items: T[];
  total: number;
  limiet: number;
  offset: number;
}

export interface Doorsturing {
  id: string;
  dienstId: string;
  status: 'doorgestuurd' | 'opgepakt' | 'beantwoord' | 'teruggestuurd';
  toelichting?: string;
  doorgestuurdOp: string;
  opgepaktOp?: string;
  beantwoordOp?: string;
  besluit?: Besluit;
  antwoord?: string;
  verwachteDatum?: string;
  teruggestuurdOp?: string;
  reden?: string;
}

export interface Signaal {
  id: string;
  raadId: string;
  titel: string;
  omschrijving: string;
  thema: string;
  bron: Bron;
  locatie?: { omschrijving?: string; lat?: number; lon?: number };
  ingediendOp: string;
  status: string;
  openVraag?: { vraag: string; gevraagdOp: string };
  doorsturingen: Doorsturing[];
  terugkoppelingen: { boodschap: string; definitief: boolean; op: string }[];
  definitiefTeruggekoppeldOp?: string;
  afgeslotenOp?: string;
  ingetrokkenOp?: string;
  gewijzigdOp: string;
  balBij: BalBij;
  openDiensten: string[];
  diensten: string[];
  overschredenTermijnen: string[];
  heropend: boolean;
  /** the deadlines that run now (only on GET /api/signalen/{id}) */
  termijnen?: LopendeTermijn[];
  revision: number;
  positie: number;
}

export interface LopendeTermijn {
  soort: 'ontvangst' | 'antwoord-dienst' | 'terugkoppeling';
  uiterlijk: string;
  overschreden: boolean;
  doorsturingId?: string;
  dienstId?: string;
}

export interface Hop {
  positie: number;
  revision: number;
  type: string;
  /** who acted: a role and the name of the raad, dienst or role (`id` only for staff) */
  actor: { rol: string; naam?: string; id?: string };
  at: string;
  duurMs: number | null;
  balBij: BalBij;
  openDiensten: string[];
  gegevens: Record<string, unknown>;
}

export interface KoppelingRef {
  id: string;
  titel: string;
}

export interface Traject {
  signaalId: string;
  raadId: string;
  status: string;
  hops: Hop[];
  balBij: BalBij;
  openDiensten: string[];
  houder: {
    rol: BalBij;
    id?: string;
    naam?: string;
    diensten?: { id: string; naam: string; opgepakt: boolean }[];
    omschrijving: string;
    sinds: string;
  };
  revision: number;
  duplicaatVan?: KoppelingRef;
  duplicaten?: KoppelingRef[];
}

export interface InboxItem {
  /** the doorsturing */
  id: string;
  signaalId: string;
  raadId: string;
  titel: string;
  thema: string;
  status: string;
  toelichting?: string;
  doorgestuurdOp: string;
  opgepaktOp?: string;
  /** for an open doorsturing: when the deadline for the answer passes */
  uiterlijk?: string;
}

export type CijfersPer = 'raad' | 'dienst' | 'thema' | 'jaar';
export interface CijferRij {
  sleutel: string;
  signalen?: number;
  ingetrokken?: number;
  teruggekoppeld?: number;
  terugkoppelingsgraad?: number;
  mediaanDagenTotTerugkoppeling?: number | null;
  doorsturingen?: number;
  beantwoord?: number;
  teruggestuurd?: number;
  mediaanDagenTotAntwoord?: number | null;
}

export interface LogEvent {
  positie: number;
  type: string;
  streamId: string;
  revision: number;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

export interface Verificatie {
  intact: boolean;
  gecontroleerd: number;
  eersteAfwijking?: { positie: number; reden: string };
}

/** GET /api/signalen/{id}/duplicaten: the main signaal (for a duplicate) and the duplicates of one. */
export interface Koppeling {
  id: string;
  raadId: string;
  titel: string;
  reden: string;
  gekoppeldOp: string;
}
export interface Duplicaten {
  id: string;
  duplicaatVan?: Koppeling & {
    status: string;
    antwoorden: {
      dienstId: string;
      besluit: Besluit;
      antwoord: string;
      beantwoordOp: string;
      verwachteDatum?: string;
    }[];
    terugkoppelingen: { boodschap: string; definitief: boolean; op: string }[];
  };
  duplicaten: Koppeling[];
}

/** GET /api/raden/{id}/verslag: the report of the yearly meeting (names already resolved). */
export interface VerslagSignaal {
  id: string;
  titel: string;
  thema: string;
  status: string;
  ingediendOp: string;
  diensten: string[];
  overschredenTermijnen: string[];
  antwoorden: { dienst: string; besluit: string; antwoord: string; op: string; verwachteDatum?: string }[];
  terugkoppelingen: { boodschap: string; definitief: boolean; op: string }[];
  duplicaatVan?: string;
}
export interface Jaarverslag {
  raad: Referentie;
  sinds: string;
  opgemaaktOp: string;
  open: VerslagSignaal[];
  overschreden: VerslagSignaal[];
  afgerond: VerslagSignaal[];
}

export const MELDING_SOORTEN = [
  'doorsturing',
  'antwoord',
  'teruggestuurd',
  'verduidelijking',
  'heropend',
  'terugkoppeling',
  'termijn',
  'duplicaat',
] as const;
export type VoorkeurKeuze = 'direct' | 'dagelijks' | 'uit';
export interface Voorkeur {
  soort: (typeof MELDING_SOORTEN)[number];
  keuze: VoorkeurKeuze;
}

/** A mail of the outbox (GET /api/beheer/mails). */
export interface Mail {
  id: number;
  adres: string;
  soort: string;
  signaalId?: string;
  onderwerp: string;
  status: string;
  pogingen: number;
  laatsteFout?: string;
  aangemaaktOp: string;
  verzondenOp?: string;
}

/** An answer of the API that is not a success: Dutch message, optional field. */
export class ApiFout extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

// ---- transport -------------------------------------------------------------------------------

/** Sent on every state-changing call: the session cookie alone is not enough (CSRF). */
export const CSRF_HEADER = 'X-Signaalspoor';

/**
 * Read-your-writes: the highest `positie` a command answered (or the live stream announced). Every
 * query sends it as `X-Positie`, so the API answers only once its read model reflects it (a list
 * that cannot catch up answers 503, which the query retries), never the state from before.
 */
let gezien = 0;
export const positieGezien = (positie: unknown): void => {
  if (typeof positie === 'number' && Number.isSafeInteger(positie) && positie > gezien) gezien = positie;
};
export const laatstePositie = () => gezien;

async function call<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method === 'GET' && gezien > 0) headers['X-Positie'] = String(gezien);
  if (method !== 'GET') headers[CSRF_HEADER] = '1';
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiFout(0, 'NETWERK', 'De server is niet bereikbaar. Probeer het zo opnieuw.');
  }
  const text = await res.text();
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!res.ok) {
    const message =
      typeof json.message === 'string' ? json.message : `Er ging iets mis (HTTP ${res.status}).`;
    throw new ApiFout(res.status, String(json.code ?? res.status), message, json.field as string | undefined);
  }
  if (method !== 'GET') positieGezien(json.positie);
  return json as T;
}

/** What every command answers. */
export interface CommandAntwoord {
  id: string;
  signaalId?: string;
  status?: string;
  positie: number;
}

const get = <T>(path: string) => call<T>('GET', path);
const post = <T = CommandAntwoord>(path: string, body?: unknown) => call<T>('POST', path, body);

type Params = Record<string, string | number | boolean | undefined>;
const query = (params: Params) => {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== '');
  return entries.length ? '?' + new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString() : '';
};

/** A list's download link (`?formaat=csv|json`): the same path and filters. */
export const exportUrl = (path: string, params: Params, formaat: 'csv' | 'json') =>
  path + query({ ...params, formaat });

const enc = encodeURIComponent;

// ---- the calls -------------------------------------------------------------------------------

export type SignalenFilter = {
  status?: string;
  overschreden?: boolean;
  raad?: string;
  limiet?: number;
  offset?: number;
};

export const api = {
  // session (libs/web)
  sessie: () => get<Sessie>('/api/auth/sessie'),
  /** how one can sign in here: OIDC, and outside production the demo users */
  aanmeldOpties: () => get<{ oidc: boolean; demo?: DemoGebruiker[] }>('/api/auth/opties'),
  demoAanmelden: (g: { rol: Rol; id?: string }) => post<Sessie>('/api/auth/demo', g),
  afmelden: () => post('/api/auth/afmelden'),
  loginUrl: '/api/auth/login',
  stroomUrl: '/api/stroom',

  // reference data
  raden: () => get<{ items: Raad[] }>('/api/raden').then((r) => r.items),
  diensten: () => get<{ items: Referentie[] }>('/api/diensten').then((r) => r.items),
  themas: () => get<{ items: Referentie[] }>('/api/themas').then((r) => r.items),
  wijkmanagers: () => get<{ items: Referentie[] }>('/api/wijkmanagers').then((r) => r.items),

  // queries
  signalen: (filter: SignalenFilter) => get<Pagina<SignaalSamenvatting>>('/api/signalen' + query(filter)),
  signaal: (id: string) => get<Signaal>(`/api/signalen/${enc(id)}`),
  traject: (id: string) => get<Traject>(`/api/signalen/${enc(id)}/traject`),
  duplicaten: (id: string) => get<Duplicaten>(`/api/signalen/${enc(id)}/duplicaten`),
  inbox: (filter: { limiet?: number; offset?: number } = {}) =>
    get<Pagina<InboxItem>>('/api/inbox' + query(filter)),
  cijfers: (per: CijfersPer, jaar?: number) =>
    get<{ items: CijferRij[] }>('/api/cijfers' + query({ per, jaar })).then((r) => r.items),
  verslag: (raadId: string) => get<Jaarverslag>(`/api/raden/${enc(raadId)}/verslag`),
  verslagPdfUrl: (raadId: string) => `/api/raden/${enc(raadId)}/agenda.pdf`,
  auditLog: (na: number, limiet: number) =>
    get<{ items: LogEvent[]; volgende: number }>('/api/audit/events' + query({ na, limiet })),
  toestandOp: (id: string, op: string) => get<Signaal>(`/api/audit/signalen/${enc(id)}` + query({ op })),
  verificatie: () => get<Verificatie>('/api/audit/verificatie'),

  // commands of the raad
  indienen: (body: {
    titel: string;
    omschrijving: string;
    thema: string;
    bron: Bron;
    locatie?: { omschrijving: string };
  }) => post('/api/signalen', body),
  verduidelijkingGeven: (id: string, antwoord: string) =>
    post(`/api/signalen/${id}/verduidelijkingen`, { antwoord }),
  afsluiten: (id: string) => post(`/api/signalen/${id}/afsluiten`),
  heropenen: (id: string, reden: string) => post(`/api/signalen/${id}/heropenen`, { reden }),
  intrekken: (id: string, reden?: string) => post(`/api/signalen/${id}/intrekken`, reden ? { reden } : {}),

  // commands of the wijkmanager
  doorsturen: (id: string, dienst: string, toelichting?: string) =>
    post(`/api/signalen/${id}/doorsturingen`, toelichting ? { dienst, toelichting } : { dienst }),
  verduidelijkingVragen: (id: string, vraag: string) =>
    post(`/api/signalen/${id}/verduidelijkingsvragen`, { vraag }),
  terugkoppelen: (id: string, boodschap: string, definitief: boolean) =>
    post(`/api/signalen/${id}/terugkoppelingen`, { boodschap, definitief }),
  duplicaatKoppelen: (id: string, hoofdSignaalId: string, reden: string) =>
    post(`/api/signalen/${id}/duplicaat-van`, { hoofdSignaalId, reden }),
  duplicaatOntkoppelen: (id: string, reden: string) =>
    post(`/api/signalen/${id}/duplicaat-van/ontkoppelen`, { reden }),

  // commands of a dienst
  oppakken: (id: string, doorsturingId: string) =>
    post(`/api/signalen/${id}/doorsturingen/${doorsturingId}/oppakken`),
  beantwoorden: (
    id: string,
    doorsturingId: string,
    body: { besluit: Besluit; antwoord: string; verwachteDatum?: string },
  ) => post(`/api/signalen/${id}/doorsturingen/${doorsturingId}/antwoord`, body),
  terugsturen: (id: string, doorsturingId: string, reden: string) =>
    post(`/api/signalen/${id}/doorsturingen/${doorsturingId}/terugsturen`, { reden }),

  // mail preferences (raad, wijkmanager, dienst)
  voorkeuren: () => get<{ items: Voorkeur[] }>('/api/meldingen/voorkeuren').then((r) => r.items),
  voorkeurZetten: (v: Voorkeur) =>
    call<{ items: Voorkeur[] }>('PUT', '/api/meldingen/voorkeuren', v).then((r) => r.items),

  // the beheerder
  mails: (status?: string) =>
    get<{ items: Mail[] }>('/api/beheer/mails' + query({ status, limiet: 200 })).then((r) => r.items),
  mailOpnieuw: (id: number) => post<{ id: number; status: string }>(`/api/beheer/mails/${id}/opnieuw`),
  vergeet: (email: string) => post<{ vergeten: true; positie: number }>('/api/privacy/vergeet', { email }),
};

/** What the live stream (`GET /api/stroom`) says: this signaal changed, at this position. */
export interface StroomBericht {
  signaalId: string;
  type: string;
  positie: number;
}
