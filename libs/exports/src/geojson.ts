/** A GeoJSON FeatureCollection (RFC 7946) of a list. */
export interface FeatureCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id?: string | number;
    /** a Point at [lon, lat]; null for an item without coordinaten (RFC 7946, 3.2) */
    geometry: { type: 'Point'; coordinates: [number, number] } | null;
    properties: Record<string, unknown>;
  }[];
}

const isPunt = (value: unknown): value is { lat: number; lon: number } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { lat?: unknown }).lat === 'number' &&
  typeof (value as { lon?: unknown }).lon === 'number';

/**
 * A list as GeoJSON: one Feature per item, its `coordinaten` ({ lat, lon }, WGS84) as a Point in
 * GeoJSON's order [lon, lat], its `id` as the feature's id and every other field as properties.
 * An item without coordinaten keeps its place with a null geometry, so the file lists what the
 * CSV lists.
 */
export function naarGeoJson(items: readonly unknown[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: items.map((item) => {
      const { coordinaten, ...properties } = (item ?? {}) as Record<string, unknown>;
      const id = properties.id;
      return {
        type: 'Feature',
        ...((typeof id === 'string' || typeof id === 'number') && { id }),
        geometry: isPunt(coordinaten)
          ? { type: 'Point', coordinates: [coordinaten.lon, coordinaten.lat] }
          : null,
        properties,
      };
    }),
  };
}
