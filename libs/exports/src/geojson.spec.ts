import { naarGeoJson } from './geojson';

describe('naarGeoJson', () => {
  it('makes a Point at [lon, lat] of each item’s coordinaten, the rest properties', () => {
    expect(
      naarGeoJson([
        { id: 'a', titel: 'Kruispunt', coordinaten: { lat: 50.93, lon: 5.34 } },
        { id: 'b', titel: 'Zonder punt' },
      ]),
    ).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'a',
          geometry: { type: 'Point', coordinates: [5.34, 50.93] },
          properties: { id: 'a', titel: 'Kruispunt' },
        },
        { type: 'Feature', id: 'b', geometry: null, properties: { id: 'b', titel: 'Zonder punt' } },
      ],
    });
  });

  it('gives an empty collection for an empty list', () => {
    expect(naarGeoJson([])).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
