import { testServers } from '@signaalspoor/testing';
import { suiteApi } from './testing/test-app';

const signaal = (titel: string, coordinaten?: object) => ({
  titel,
  omschrijving: 'Op de kaart aangeduid.',
  thema: 'verkeersveiligheid',
  ...(coordinaten && { coordinaten }),
});

const KERMT = { lat: 50.9475, lon: 5.3893 };
const HASSELT_MARKT = { lat: 50.9307, lon: 5.3378 };

describe.each(testServers())('coordinaten, the map filter and GeoJSON on $name PostgreSQL', ({ url }) => {
  const ids: Record<string, string> = {};
  const { post, get } = suiteApi(url, ['kermt', 'wmOost']);

  beforeAll(async () => {
    ids.kermt = (await post('/signalen', 'kermt', signaal('Kruispunt Kermt', KERMT)).expect(201)).body.id;
    ids.markt = (await post('/signalen', 'kermt', signaal('Markt', HASSELT_MARKT)).expect(201)).body.id;
    ids.zonder = (await post('/signalen', 'kermt', signaal('Zonder punt')).expect(201)).body.id;
  });

  it('keeps the point on the signaal', async () => {
    const { body } = await get(`/signalen/${ids.kermt}`, 'kermt').expect(200);
    expect(body.coordinaten).toEqual(KERMT);
    expect((await get(`/signalen/${ids.zonder}`, 'kermt').expect(200)).body.coordinaten).toBeUndefined();
  });

  it.each([
    ['outside Belgium (Amsterdam)', { lat: 52.37, lon: 4.9 }, 'coordinaten'],
    ['lat and lon swapped', { lat: 5.3378, lon: 50.9307 }, 'coordinaten'],
    ['a numeric string', { lat: '50.93', lon: 5.33 }, 'coordinaten.lat'],
    ['no lon', { lat: 50.93 }, 'coordinaten.lon'],
    ['not an object', [50.93, 5.33], 'coordinaten'],
  ])('refuses coordinaten %s with 400 naming the field', async (_waarom, coordinaten, field) => {
    const { body } = await post('/signalen', 'kermt', signaal('Fout punt', coordinaten)).expect(400);
    expect(body.field).toBe(field);
  });

  it('filters a list on a bounding box (zuid,west,noord,oost)', async () => {
    const titels = async (binnen: string) =>
      (await get(`/signalen?binnen=${binnen}`, 'kermt').expect(200)).body.items.map(
        (item: { titel: string }) => item.titel,
      );
    expect(await titels('50.94,5.38,50.95,5.40')).toEqual(['Kruispunt Kermt']);
    expect((await titels('50.90,5.30,50.96,5.40')).sort()).toEqual(['Kruispunt Kermt', 'Markt']);
    expect(await titels('51.0,3.0,51.1,3.1')).toEqual([]);
    // the edges count as inside
    expect(await titels(`${KERMT.lat},${KERMT.lon},${KERMT.lat},${KERMT.lon}`)).toEqual(['Kruispunt Kermt']);
  });

  it.each(['50.96,5.30,50.90,5.40', '50.9,5.3,50.96', 'noord', '50.9,5.3,50.96,5.4,1', '1e2,5,60,6'])(
    'refuses binnen=%s with 400 naming binnen',
    async (binnen) => {
      const { body } = await get(`/signalen?binnen=${encodeURIComponent(binnen)}`, 'kermt').expect(400);
      expect(body.field).toBe('binnen');
    },
  );

  it('downloads a list as GeoJSON: Points at [lon, lat], null geometry without a point', async () => {
    const res = await get('/signalen?formaat=geojson', 'kermt').expect(200);
    expect(res.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="signalen.geojson"');
    const geo = JSON.parse(res.text);
    expect(geo.type).toBe('FeatureCollection');
    const per = Object.fromEntries(
      geo.features.map((f: { id: string; geometry: unknown }) => [f.id, f.geometry]),
    );
    expect(per).toEqual({
      [ids.kermt]: { type: 'Point', coordinates: [KERMT.lon, KERMT.lat] },
      [ids.markt]: { type: 'Point', coordinates: [HASSELT_MARKT.lon, HASSELT_MARKT.lat] },
      [ids.zonder]: null,
    });
    expect(geo.features[0].properties).toMatchObject({ titel: expect.any(String), status: 'ingediend' });
    expect(geo.features[0].properties.coordinaten).toBeUndefined();

    const binnen = JSON.parse(
      (await get('/signalen?formaat=geojson&binnen=50.94,5.38,50.95,5.40', 'kermt').expect(200)).text,
    );
    expect(binnen.features.map((f: { id: string }) => f.id)).toEqual([ids.kermt]);
  });
});
