// Dutch labels and nl-BE formats in the Europe/Brussels time zone, whatever the browser's zone.
import type { BalBij, LopendeTermijn } from './api';

const TZ = 'Europe/Brussels';
const datumTijd = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'medium', timeStyle: 'short', timeZone: TZ });
const datum = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'medium', timeZone: TZ });

export const fmtDatumTijd = (iso?: string) => (iso ? datumTijd.format(new Date(iso)) : '—');
export const fmtDatum = (iso?: string) => (iso ? datum.format(new Date(iso)) : '—');
const dag = new Intl.DateTimeFormat('nl-BE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TZ,
});
/** "12 december 2026": a deadline's day. */
export const fmtDag = (iso: string) => dag.format(new Date(iso));

/** "3 min", "2 u 5 min", "4 dagen": how long a hop or a wait took. */
export function fmtDuur(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  const min = Math.round(ms / 60000);
  if (min < 1) return 'minder dan een minuut';
  if (min < 60) return `${min} min`;
  const uur = Math.floor(min / 60);
  if (uur < 24) return `${uur} u ${min % 60} min`;
  const dagen = Math.floor(uur / 24);
  return dagen === 1 ? '1 dag' : `${dagen} dagen`;
}

export const sinds = (iso: string, nu = Date.now()) => fmtDuur(nu - Date.parse(iso));

/** The labels of statuses, besluiten and bronnen: the same table as the downloads (libs/domain). */
export {
  SIGNAAL_STATUS_LABEL as SIGNAAL_STATUS,
  STATUS_LABEL as STATUS,
  BESLUIT_LABEL as BESLUIT,
  BRON_LABEL as BRON,
} from '../../../libs/domain/src/labels';

const BAL: Record<BalBij, string> = {
  wijkmanager: 'bij de wijkmanager',
  raad: 'bij de raad',
  dienst: 'bij de dienst',
  niemand: 'afgerond',
};

/** Where the ball is, in words: "bij Dienst Mobiliteit", "bij de wijkmanager", "bij het hoofdsignaal". */
export function balTekst(
  s: { balBij: BalBij; status: string; openDiensten: string[] },
  dienst: (id: string) => string,
): string {
  if (s.status === 'duplicaat') return 'bij het hoofdsignaal';
  if (s.balBij === 'dienst' && s.openDiensten.length) return `bij ${s.openDiensten.map(dienst).join(', ')}`;
  return BAL[s.balBij];
}

export const TERMIJN: Record<string, string> = {
  ontvangst: 'ontvangst',
  'antwoord-dienst': 'antwoord van de dienst',
  terugkoppeling: 'terugkoppeling',
};

export const ROL: Record<string, string> = {
  raad: 'Raad',
  wijkmanager: 'Wijkmanager',
  dienst: 'Stadsdienst',
  auditor: 'Auditor',
  beheerder: 'Beheerder',
  systeem: 'Systeem',
};

/** What a deadline is about: "Antwoord van Dienst Mobiliteit". */
export function termijnWat(t: LopendeTermijn, dienst: (id: string) => string): string {
  if (t.soort === 'ontvangst') return 'Behandeling door de wijkmanager';
  if (t.soort === 'antwoord-dienst') return `Antwoord van ${t.dienstId ? dienst(t.dienstId) : 'de dienst'}`;
  return 'Definitieve terugkoppeling aan de raad';
}
