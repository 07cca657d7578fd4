import { testServers } from '@signaalspoor/testing';
import { suiteApi } from './testing/test-app';

const signaal = (titel: string, omschrijving = 'Zie titel.') => ({
  titel,
  omschrijving,
  thema: 'verkeersveiligheid',
});

// q, balBij and sorteer through HTTP: what each role finds, and a 400 naming the field for bad values.
describe.each(testServers())('searching, filtering and sorting lists on $name PostgreSQL', ({ url }) => {
  const ids: Record<string, string> = {};
  const { post, get } = suiteApi(url, ['kermt', 'kuringen', 'wmOost', 'mobiliteit', 'auditor']);
  const titels = async (query: string, who = 'wmOost') =>
    (await get(`/signalen?${query}`, who).expect(200)).body.items.map(
      (item: { titel: string }) => item.titel,
    );

  beforeAll(async () => {
    ids.oversteek = (
      await post('/signalen', 'kermt', signaal('Gevaarlijke oversteekplaats')).expect(201)
    ).body.id;
    ids.cafe = (await post('/signalen', 'kermt', signaal('Terras van het café')).expect(201)).body.id;
    ids.kuringen = (
      await post('/signalen', 'kuringen', signaal('Oversteek bij de school')).expect(201)
    ).body.id;
    await post(`/signalen/${ids.oversteek}/doorsturingen`, 'wmOost', { dienst: 'mobiliteit' }).expect(201);
  });

  it('finds by the start of a word and without accents, within the role’s scope', async () => {
    expect(await titels('q=oversteek')).toEqual(['Gevaarlijke oversteekplaats']);
    expect(await titels('q=cafe', 'kermt')).toEqual(['Terras van het café']);
    expect(await titels('q=oversteek', 'kuringen')).toEqual(['Oversteek bij de school']);
    expect((await titels('q=oversteek', 'auditor')).sort()).toEqual([
      'Gevaarlijke oversteekplaats',
      'Oversteek bij de school',
    ]);
    expect(await titels('q=terras', 'mobiliteit')).toEqual([]);
    expect(await titels('q=oversteek', 'mobiliteit')).toEqual(['Gevaarlijke oversteekplaats']);
  });

  it('combines q with the filters, balBij and sorteer', async () => {
    expect(await titels('q=oversteek&balBij=dienst')).toEqual(['Gevaarlijke oversteekplaats']);
    expect(await titels('q=oversteek&balBij=wijkmanager')).toEqual([]);
    expect(await titels('balBij=wijkmanager')).toEqual(['Terras van het café']);
    expect(await titels('q=terras&status=ingediend&thema=verkeersveiligheid&raad=dr-kermt')).toEqual([
      'Terras van het café',
    ]);
    expect(await titels('sorteer=ingediendOp')).toEqual([
      'Gevaarlijke oversteekplaats',
      'Terras van het café',
    ]);
    expect(await titels('sorteer=-ingediendOp')).toEqual([
      'Terras van het café',
      'Gevaarlijke oversteekplaats',
    ]);
    expect(await titels('sorteer=-gewijzigdOp')).toEqual([
      'Gevaarlijke oversteekplaats',
      'Terras van het café',
    ]);
    const { body } = await get('/signalen?q=oversteek&sorteer=termijn', 'wmOost').expect(200);
    expect(body.total).toBe(1);
  });

  it("searches a dienst's inbox", async () => {
    const inbox = async (q: string) =>
      (await get(`/inbox?q=${q}`, 'mobiliteit').expect(200)).body.items.map(
        (item: { titel: string }) => item.titel,
      );
    expect(await inbox('oversteekplaats')).toEqual(['Gevaarlijke oversteekplaats']);
    expect(await inbox('terras')).toEqual([]);
  });

  it.each([
    ['q=', 'q'],
    ['q=%21%3F%26', 'q'],
    [`q=${'a'.repeat(201)}`, 'q'],
    ['q=%00boom', 'q'],
    ['balBij=burgemeester', 'balBij'],
    ['sorteer=titel', 'sorteer'],
    ['sorteer=-termijn', 'sorteer'],
  ])('refuses %s with 400 naming the field', async (query, field) => {
    const { body } = await get(`/signalen?${query}`, 'wmOost').expect(400);
    expect(body.field).toBe(field);
    expect(
      (await get(`/inbox?${query.startsWith('q=') ? query : 'q=%3F'}`, 'mobiliteit').expect(400)).body.field,
    ).toBe('q');
  });
});
