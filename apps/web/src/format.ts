// Dutch labels and nl-BE formats in the Europe/Brussels time zone, whatever the browser's zone.
import type { LopendeTermijn } from './api';

const TZ = 'Europe/Brussels';
const dag = new Intl.DateTimeFormat('nl-BE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TZ,
});
const uur = new Intl.DateTimeFormat('nl-BE', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TZ,
});

// One date format in the whole web app: the day with its month written out, the time where it matters.
/** "15 maart 2027" */
export const fmtDatum = (iso?: string) => (iso ? dag.format(new Date(iso)) : '—');
/** "15 maart 2027 om 14:05" */
export const fmtDatumTijd = (iso?: string) => {
  if (!iso) return '—';
  const d = new Date(iso);
  return `${dag.format(d)} om ${uur.format(d)}`;
};

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
