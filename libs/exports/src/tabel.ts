import { BAL_BIJ_LABEL, BESLUIT_LABEL, BRON_LABEL, inBrussel, STATUS_LABEL } from '@signaalspoor/domain';
import type { ReferenceData } from '@signaalspoor/reference-data';

/**
 * A moment as a spreadsheet shows it: the Brussels wall-clock time, held in the UTC fields of
 * `klok` (a spreadsheet cell has no time zone); `metTijd` false for a calendar date.
 */
export class Tijdstip {
  constructor(
    readonly klok: Date,
    readonly metTijd: boolean,
  ) {}

  /** "15-03-2027 14:05", or "15-03-2027" for a date: what a nl-BE spreadsheet parses as a date. */
  toString(): string {
    const [jaar, maand, dag] = this.klok.toISOString().slice(0, 10).split('-');
    const datum = `${dag}-${maand}-${jaar}`;
    return this.metTijd ? `${datum} ${this.klok.toISOString().slice(11, 16)}` : datum;
  }
}

export type Cel = string | number | boolean | Tijdstip | null;

/** A list as rows for a spreadsheet: Dutch column names, one row per item. */
export interface Tabel {
  kolommen: string[];
  rijen: Cel[][];
}

type Rij = Record<string, unknown>;

/** Flattens nested objects to dotted keys; lists stay lists. */
function plat(item: unknown, prefix = '', into: Rij = {}): Rij {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    into[prefix || 'waarde'] = item;
    return into;
  }
  for (const [key, value] of Object.entries(item)) plat(value, prefix ? `${prefix}.${key}` : key, into);
  return into;
}

/** Column names that the words of the key do not give ("raadId" is the raad, not its id). */
const KOLOM: Record<string, string> = {
  id: 'Id',
  raadId: 'Raad',
  dienstId: 'Dienst',
  signaalId: 'Signaal',
  openDiensten: 'Open bij',
  revision: 'Revisie',
  positie: 'Positie in het logboek',
  'locatie.omschrijving': 'Locatie',
  'locatie.lat': 'Locatie breedtegraad',
  'locatie.lon': 'Locatie lengtegraad',
  'coordinaten.lat': 'Breedtegraad',
  'coordinaten.lon': 'Lengtegraad',
};

/** "ingediendOp" → "Ingediend op", "volgendeTermijn.vervaltOp" → "Volgende termijn vervalt op". */
export function kolomnaam(key: string): string {
  const woorden = key
    .split('.')
    .flatMap((deel) => deel.split(/(?=[A-Z])/))
    .map((woord) => woord.toLowerCase())
    .join(' ');
  return KOLOM[key] ?? woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

/** The label of a code per field (the key's last part); a code without a label stays as it is. */
function labels(reference?: ReferenceData): Record<string, (code: string) => string> {
  const dienst = (id: string) => reference?.dienst(id)?.naam ?? id;
  const uit = (tabel: Readonly<Record<string, string>>) => (code: string) => tabel[code] ?? code;
  return {
    raadId: (id) => reference?.raad(id)?.naam ?? id,
    dienstId: dienst,
    diensten: dienst,
    openDiensten: dienst,
    thema: (id) => reference?.thema(id)?.naam ?? id,
    status: uit(STATUS_LABEL),
    balBij: uit(BAL_BIJ_LABEL),
    bron: uit(BRON_LABEL),
    besluit: uit(BESLUIT_LABEL),
  };
}

/** Fields that hold a time or a date (free text such as a titel is never read as one). */
const isTijdveld = (veld: string) => /^(op|at|sinds|uiterlijk)$|[a-z]Op$|atum$/.test(veld);
const TIJDSTIP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO time as Brussels local time, an ISO date as that date; any other text as it is. */
function tijdOfTekst(tekst: string): Cel {
  if (DATUM.test(tekst) && !Number.isNaN(Date.parse(tekst))) return new Tijdstip(new Date(tekst), false);
  if (!TIJDSTIP.test(tekst) || Number.isNaN(Date.parse(tekst))) return tekst;
  const { datum, tijd } = inBrussel(Date.parse(tekst));
  return new Tijdstip(new Date(Date.parse(datum) + tijd), true);
}

function cel(veld: string, value: unknown, label?: (code: string) => string): Cel {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) {
    return value
      .map((v) =>
        v !== null && typeof v === 'object' ? JSON.stringify(v) : label ? label(String(v)) : String(v),
      )
      .join('; ');
  }
  if (typeof value === 'string') return label ? label(value) : isTijdveld(veld) ? tijdOfTekst(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/**
 * A list as a table for a spreadsheet: one column per field in order of first appearance (nested
 * fields as "Locatie", "Volgende termijn vervalt op"), Dutch column names, the names of raden,
 * diensten and thema's and the labels of statuses instead of their codes, times in Brussels local
 * time. `kolommen` fixes the fields (keys) for a list that may be empty.
 */
export function naarTabel(
  items: readonly unknown[],
  reference?: ReferenceData,
  kolommen?: readonly string[],
): Tabel {
  const platte = items.map((item) => plat(item));
  const keys = kolommen ?? [...new Set(platte.flatMap((rij) => Object.keys(rij)))];
  const label = labels(reference);
  return {
    kolommen: keys.map(kolomnaam),
    rijen: platte.map((rij) =>
      keys.map((key) => {
        const veld = key.split('.').pop()!;
        return cel(veld, rij[key], label[veld]);
      }),
    ),
  };
}
