/** One changed value between two versions of a JSON document; `veld` is its path ("doorsturingen[0].status"). */
export interface Wijziging {
  veld: string;
  van?: unknown;
  tot?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The leaves that differ between two JSON values, in path order; absent on one side is left out there. */
export function verschillen(van: unknown, tot: unknown, pad = ''): Wijziging[] {
  if (isObject(van) && isObject(tot)) {
    const keys = [...new Set([...Object.keys(van), ...Object.keys(tot)])].sort();
    return keys.flatMap((key) => verschillen(van[key], tot[key], pad ? `${pad}.${key}` : key));
  }
  if (Array.isArray(van) && Array.isArray(tot)) {
    return Array.from({ length: Math.max(van.length, tot.length) }, (_, index) =>
      verschillen(van[index], tot[index], `${pad}[${index}]`),
    ).flat();
  }
  if (JSON.stringify(van) === JSON.stringify(tot)) return [];
  return [{ veld: pad, ...(van !== undefined && { van }), ...(tot !== undefined && { tot }) }];
}
