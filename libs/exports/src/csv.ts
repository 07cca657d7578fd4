import { stringify } from 'csv-stringify/sync';

type Rij = Record<string, unknown>;

/** Flattens nested objects to dotted column names; lists become one cell, items separated by "; ". */
function plat(item: unknown, prefix = '', into: Rij = {}): Rij {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    into[prefix || 'waarde'] = Array.isArray(item)
      ? item.map((v) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ')
      : item;
    return into;
  }
  for (const [key, value] of Object.entries(item)) plat(value, prefix ? `${prefix}.${key}` : key, into);
  return into;
}

/**
 * A list as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read accents right): one
 * column per field in order of first appearance, nested fields as `a.b`, a header row always. A cell
 * that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or CR, also their
 * full-width forms) gets a leading `'` (csv-stringify's `escape_formulas`; numbers stay numbers).
 */
export function naarCsv(items: readonly unknown[], kolommen?: readonly string[]): string {
  const rijen = items.map((item) => plat(item));
  const columns = kolommen ?? [...new Set(rijen.flatMap((rij) => Object.keys(rij)))];
  return stringify(rijen, {
    header: true,
    bom: true,
    escape_formulas: true,
    columns: columns.map((key) => ({ key })),
    cast: { boolean: (value) => (value ? 'true' : 'false'), date: (value) => value.toISOString() },
  });
}
