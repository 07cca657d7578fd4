import { testServers } from '@signaalspoor/testing';
import type { SignalenFilter } from './signaal-view.repository';
import { leesmodelSuite, type Gebeurtenis } from './testing/toepassen';

const id = (n: number) => `5a1e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [HOOFD, KERMT_1, KERMT_2, STEVOORT, LOS] = [1, 2, 3, 4, 5].map(id);

// The read side of duplicates and lists: what the repository answers, and that it answers it from
// an index, so a read costs the same with ten signalen as with a million.
describe.each(testServers())('SignaalViewRepository on $name PostgreSQL', ({ url: serverUrl }) => {
  const leesmodel = leesmodelSuite(serverUrl);
  const { apply } = leesmodel;
  const ingediend = (signaalId: string, raadId: string, day: number) =>
    [
      signaalId,
      'SignaalIngediend',
      { signaalId, raadId, titel: `Titel ${signaalId}`, omschrijving: '-', thema: 'groen', bron: 'andere' },
      day,
    ] as Gebeurtenis;

  /** The plan PostgreSQL makes for the statement the repository sends in `read`. */
  async function plan(read: () => Promise<unknown>): Promise<string> {
    const sent: [string, unknown[]][] = [];
    const query = leesmodel.pool.query.bind(leesmodel.pool);
    const spy = jest.spyOn(leesmodel.pool, 'query').mockImplementation(((text: string, values: unknown[]) => {
      sent.push([text, values]);
      return query(text, values);
    }) as never);
    try {
      await read();
    } finally {
      spy.mockRestore();
    }
    expect(sent).toHaveLength(1); // one round trip
    const client = await leesmodel.pool.connect();
    try {
      // too few rows for the planner to prefer an index on its own: make every other way dear
      await client.query('SET enable_seqscan = off; SET enable_bitmapscan = off; SET enable_sort = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sent[0]![0]}`, sent[0]![1]);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    } finally {
      await client.query('RESET ALL');
      client.release();
    }
  }

  beforeAll(async () => {
    await apply(
      ingediend(HOOFD, 'dr-kermt', 1),
      ingediend(KERMT_2, 'dr-kermt', 3),
      ingediend(KERMT_1, 'dr-kermt', 2),
      ingediend(STEVOORT, 'dr-stevoort', 2),
      ingediend(LOS, 'dr-kermt', 4),
    );
    await apply(
      [HOOFD, 'DoorgestuurdNaarDienst', { doorsturingId: 'd1', dienstId: 'groen' }, 5],
      [KERMT_2, 'GekoppeldAlsDuplicaat', { hoofdSignaalId: HOOFD, reden: 'Zelfde boom' }, 6],
      [STEVOORT, 'GekoppeldAlsDuplicaat', { hoofdSignaalId: HOOFD, reden: 'Ook die boom' }, 6],
    );
    // in a later batch: the stored view is read back and extended
    await apply(
      [KERMT_1, 'GekoppeldAlsDuplicaat', { hoofdSignaalId: HOOFD, reden: 'Dezelfde' }, 7],
      [LOS, 'GekoppeldAlsDuplicaat', { hoofdSignaalId: HOOFD, reden: 'Vergissing' }, 7],
    );
    await apply([LOS, 'DuplicaatOntkoppeld', { hoofdSignaalId: HOOFD, reden: 'Toch iets anders' }, 8]);
  });

  it('reads a main signaal with its hops and its duplicates (oldest first) in one statement', async () => {
    const gelezen = await leesmodel.views.traject(HOOFD, {});
    expect(gelezen?.view).toMatchObject({ id: HOOFD, status: 'in-behandeling' });
    expect(gelezen?.hops.map((hop) => hop.type)).toEqual(['SignaalIngediend', 'DoorgestuurdNaarDienst']);
    expect(gelezen?.duplicaten?.map((d) => [d.id, d.duplicaatVan?.reden])).toEqual([
      [KERMT_1, 'Dezelfde'],
      [STEVOORT, 'Ook die boom'],
      [KERMT_2, 'Zelfde boom'],
    ]);
    expect(gelezen?.hoofd).toBeNull();
    // a raad sees its own duplicates only; the unlinked one is nobody's duplicate any more
    expect(
      (await leesmodel.views.traject(HOOFD, { raadId: 'dr-kermt' }))?.duplicaten?.map((d) => d.id),
    ).toEqual([KERMT_1, KERMT_2]);
    expect((await leesmodel.views.duplicatenVan(HOOFD, 'dr-stevoort')).map((d) => d.id)).toEqual([STEVOORT]);
  });

  it('reads a duplicate with the view of its main signaal; without being asked, no links at all', async () => {
    const gelezen = await leesmodel.views.traject(KERMT_2, { raadId: 'dr-kermt' });
    expect(gelezen?.view.duplicaatVan).toMatchObject({ signaalId: HOOFD, reden: 'Zelfde boom' });
    expect(gelezen?.hoofd).toMatchObject({ id: HOOFD, doorsturingen: [{ dienstId: 'groen' }] });
    expect(gelezen?.duplicaten).toEqual([]);
    expect((await leesmodel.views.traject(LOS, {}))?.hoofd).toBeNull();
    const kaal = await leesmodel.views.traject(KERMT_2);
    expect(kaal).not.toHaveProperty('duplicaten');
    expect(kaal).not.toHaveProperty('hoofd');
    expect(await leesmodel.views.traject(id(99), {})).toBeNull();
  });

  it("lists one raad's page newest first with the count of all its signalen", async () => {
    const pagina = await leesmodel.views.lijst({ raadIds: ['dr-kermt'], limiet: 2, offset: 1 });
    expect(pagina.items.map((view) => view.id)).toEqual([KERMT_2, KERMT_1]);
    expect(pagina.total).toBe(4);
    const status = await leesmodel.views.lijst({
      raadIds: ['dr-kermt'],
      status: 'in-behandeling',
      limiet: 5,
      offset: 0,
    });
    expect(status).toMatchObject({ items: [{ id: HOOFD }], total: 1 });
    expect(await leesmodel.views.lijst({ raadIds: ['dr-kermt'], limiet: 5, offset: 9 })).toEqual({
      items: [],
      total: 4,
    });
  });

  it("finds duplicates, main signaal and a raad's page through indexes, in index order (no sort)", async () => {
    const traject = await plan(() => leesmodel.views.traject(HOOFD, { raadId: 'dr-kermt' }));
    expect(traject).toContain('signalen_duplicaat_van');
    expect(traject).not.toMatch(/Seq Scan|Sort/);

    const lijst = await plan(() => leesmodel.views.lijst({ raadIds: ['dr-kermt'], limiet: 50, offset: 0 }));
    // the page itself (not only its count) from the raad's index: no walk through all signalen
    expect(lijst).toMatch(/Index Scan using signalen_raad on signalen\s/);
    expect(lijst).not.toMatch(/Seq Scan|Sort|Filter/);

    const status = await plan(() =>
      leesmodel.views.lijst({ raadIds: ['dr-kermt'], status: 'afgesloten', limiet: 50, offset: 0 }),
    );
    expect(status).toMatch(/Index Scan using signalen_raad_status on signalen\s/);
    expect(status).not.toMatch(/Seq Scan|Sort/);
  });

  it("keeps each raad's count per status as its signalen change, so a raad's total needs no count", async () => {
    const counted = async () =>
      (
        await leesmodel.pool.query<{ raad_id: string; status: string; aantal: number }>(
          `SELECT raad_id, status, count(*)::int AS aantal FROM projectie.signalen GROUP BY 1, 2 ORDER BY 1, 2`,
        )
      ).rows;
    const kept = async () =>
      (
        await leesmodel.pool.query(
          'SELECT raad_id, status, aantal FROM projectie.signalen_aantallen WHERE aantal <> 0 ORDER BY 1, 2',
        )
      ).rows;
    expect(await kept()).toEqual(await counted());

    // two status changes of one signaal and a new signaal in one batch, twice the same signaal in another
    await apply(
      [KERMT_1, 'DuplicaatOntkoppeld', { hoofdSignaalId: HOOFD, reden: 'Toch een andere boom' }, 9],
      [KERMT_1, 'DoorgestuurdNaarDienst', { doorsturingId: 'k1', dienstId: 'groen' }, 9],
      ingediend(id(6), 'dr-stevoort', 9),
    );
    await apply(
      [LOS, 'DoorgestuurdNaarDienst', { doorsturingId: 'l1', dienstId: 'groen' }, 10],
      [LOS, 'SignaalIngetrokken', { reden: 'Opgelost' }, 11],
    );
    expect(await kept()).toEqual(await counted());
    expect(await kept()).toContainEqual({ raad_id: 'dr-kermt', status: 'ingetrokken', aantal: 1 });

    const total = async (filter: Omit<SignalenFilter, 'limiet' | 'offset'>) =>
      (await leesmodel.views.lijst({ ...filter, limiet: 1, offset: 0 })).total;
    expect(await total({ raadIds: ['dr-kermt'] })).toBe(4);
    expect(await total({ raadIds: ['dr-kermt'], status: 'in-behandeling' })).toBe(2);
    expect(await total({ raadIds: ['dr-kermt', 'dr-stevoort'] })).toBe(6);
    expect(await total({ status: 'ingediend' })).toBe(1);
    expect(await total({ status: 'duplicaat' })).toBe(2);
    expect(await total({ raadIds: [] })).toBe(0);
    expect(await total({ raadIds: ['dr-kermt'], overschreden: false })).toBe(4);
    // another filter: counted from the rows
    expect(await total({ raadIds: ['dr-kermt'], dienstId: 'groen' })).toBe(3);
    expect((await leesmodel.views.lijst({ raadIds: ['dr-kermt'], limiet: 5, offset: 9 })).total).toBe(4);
  });
});
