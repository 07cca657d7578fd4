import { stringify } from 'csv-stringify/sync';
import { Tijdstip, type Tabel } from './tabel';

/** The separators of `scheidingsteken`: `;` by default, as a nl-BE spreadsheet expects. */
export const SCHEIDINGSTEKENS = { ';': ';', ',': ',', tab: '\t' } as const;
export type Scheidingsteken = keyof typeof SCHEIDINGSTEKENS;

/**
 * A table as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read accents right), a
 * header row always, times as "15-03-2027 14:05", a decimal comma (but with `,` between cells). A cell that a spreadsheet would read as a formula
 * (starting with `=`, `+`, `-`, `@`, tab or CR, also their full-width forms) gets a leading `'`
 * (csv-stringify's `escape_formulas`; numbers stay numbers).
 */
export function naarCsv({ kolommen, rijen }: Tabel, scheidingsteken: Scheidingsteken = ';'): string {
  return stringify(
    [kolommen, ...rijen.map((rij) => rij.map((c) => (c instanceof Tijdstip ? c.toString() : c)))],
    {
      bom: true,
      delimiter: SCHEIDINGSTEKENS[scheidingsteken],
      escape_formulas: true,
      cast: {
        boolean: (value) => (value ? 'ja' : 'nee'),
        // a nl-BE spreadsheet reads 0,5; with `,` between cells the decimal point stays
        number: (value) => (scheidingsteken === ',' ? String(value) : String(value).replace('.', ',')),
      },
    },
  );
}
