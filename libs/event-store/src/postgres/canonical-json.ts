/**
 * Deterministic JSON: object keys sorted, everything else as JSON.stringify does it (undefined dropped,
 * toJSON honoured), so a value and its jsonb round trip serialise to the same text.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, current: unknown) =>
    current && typeof current === 'object' && !Array.isArray(current)
      ? Object.fromEntries(Object.entries(current).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : current,
  );
}
