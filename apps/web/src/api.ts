// The one place where the web app meets the HTTP API: every path, request body and response type.
// The API's names are settling (issue 7: `id` for a resource's own id, `signaalId` only when
// referring, `positie` for the global position, paging echoed as `limiet`/`offset`). The `norm*`
// functions below accept both the old and the new spelling so the screens only see one shape.

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
export interface Bal {
  bij: BalBij;
  diensten?: string[];
}

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
  positie: number;
}

export interface Pagina<T> {
  items: T[];
  totaal: number;
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
  afgeslotenOp?: string;
  ingetrokkenOp?: string;
  bal: Bal;
  revision: number;
  positie: number;
}

export interface Hop {
  positie: number;
  type: string;
  actor: { rol: string; id: string };
  at: string;
  duurMs: number | null;
  bal: Bal;
  gegevens: Record<string, unknown>;
}

export interface Traject {
  signaalId: string;
  hops: Hop[];
  bal: Bal;
  houder: { omschrijving: string; sinds: string };
}

export interface InboxItem {
  doorsturingId: string;
  signaalId: string;
  raadId: string;
  titel: string;
  thema: string;
  status: string;
  toelichting?: string;
  doorgestuurdOp: string;
  opgepaktOp?: string;
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
  eersteAfwijking?: number;
}

export interface Agenda {
  raad: Referentie;
  sinds: string;
  open: SignaalSamenvatting[];
  overschreden: SignaalSamenvatting[];
  afgerond: SignaalSamenvatting[];
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

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
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
  return json as T;
}

const get = <T>(path: string) => call<T>('GET', path);
const post = <T = { id?: string; positie?: number }>(path: string, body?: unknown) =>
  call<T>('POST', path, body);

const query = (params: Record<string, string | number | boolean | undefined>) => {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== '');
  return entries.length ? '?' + new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString() : '';
};

// ---- normalisation (old and new API names) ----------------------------------------------------

type Raw = Record<string, unknown>;
const num = (r: Raw, ...keys: string[]) => Number(keys.map((k) => r[k]).find((v) => v !== undefined) ?? 0);

function normSamenvatting(r: Raw): SignaalSamenvatting {
  return {
    ...(r as unknown as SignaalSamenvatting),
    id: String(r.id ?? r.signaalId),
    positie: num(r, 'positie', 'position'),
  };
}

function normPagina<T>(r: Raw, item: (r: Raw) => T): Pagina<T> {
  const items = ((r.items as Raw[]) ?? []).map(item);
  return {
    items,
    totaal: num(r, 'totaal', 'total'),
    limiet: num(r, 'limiet', 'limit'),
    offset: num(r, 'offset'),
  };
}

function normTraject(r: Raw): Traject {
  return {
    ...(r as unknown as Traject),
    signaalId: String(r.signaalId ?? r.id),
    hops: ((r.hops as Raw[]) ?? []).map((h) => ({
      ...(h as unknown as Hop),
      positie: num(h, 'positie', 'position'),
    })),
  };
}

// ---- the calls -------------------------------------------------------------------------------

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
  signalen: (filter: {
    status?: string;
    overschreden?: boolean;
    raad?: string;
    limiet?: number;
    offset?: number;
  }) => get<Raw>('/api/signalen' + query(filter)).then((r) => normPagina(r, normSamenvatting)),
  signaal: (id: string) =>
    get<Raw>(`/api/signalen/${encodeURIComponent(id)}`).then(
      (r) => ({ ...r, id: String(r.id ?? r.signaalId), positie: num(r, 'positie', 'position') }) as Signaal,
    ),
  traject: (id: string) => get<Raw>(`/api/signalen/${encodeURIComponent(id)}/traject`).then(normTraject),
  inbox: (filter: { limiet?: number; offset?: number } = {}) =>
    get<Raw>('/api/inbox' + query(filter)).then((r) => normPagina(r, (i) => i as unknown as InboxItem)),
  cijfers: (per: CijfersPer, jaar?: number) =>
    get<{ items: CijferRij[] }>('/api/cijfers' + query({ per, jaar })).then((r) => r.items),
  agenda: (raadId: string) =>
    get<Raw>(`/api/raden/${encodeURIComponent(raadId)}/agenda`).then((r) => ({
      raad: r.raad as Referentie,
      sinds: String(r.sinds),
      open: ((r.open as Raw[]) ?? []).map(normSamenvatting),
      overschreden: ((r.overschreden as Raw[]) ?? []).map(normSamenvatting),
      afgerond: ((r.afgerond as Raw[]) ?? []).map(normSamenvatting),
    })) as Promise<Agenda>,
  auditLog: (na: number, limiet: number) =>
    get<Raw>('/api/audit/events' + query({ na, limiet })).then((r) => ({
      items: ((r.items as Raw[]) ?? []).map(
        (e) => ({ ...e, positie: num(e, 'positie', 'position') }) as LogEvent,
      ),
      volgende: Number(r.volgende ?? na),
    })),
  toestandOp: (id: string, op: string) =>
    get<Raw>(`/api/audit/signalen/${encodeURIComponent(id)}` + query({ op })).then(
      (r) => ({ ...r, id: String(r.id ?? r.signaalId), positie: num(r, 'positie', 'position') }) as Signaal,
    ),
  verificatie: () =>
    get<Raw>('/api/audit/verificatie').then((r): Verificatie => ({
      intact: Boolean(r.intact),
      gecontroleerd: Number(r.gecontroleerd ?? 0),
      eersteAfwijking: (r.eersteAfwijking ?? r.eersteFoutPositie) as number | undefined,
    })),

  // commands of the raad
  indienen: (body: {
    titel: string;
    omschrijving: string;
    thema: string;
    bron: Bron;
    locatie?: { omschrijving: string };
  }) => post<{ id: string; positie?: number }>('/api/signalen', body),
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
};

/** What the live stream (`GET /api/stroom`) says: this signaal changed, at this position. */
export interface StroomBericht {
  signaalId: string;
  type: string;
  positie: number;
}
