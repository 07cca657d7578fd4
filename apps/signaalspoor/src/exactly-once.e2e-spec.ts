import { bearer, TEST_SIGNAAL as signaal, testServers } from '@signaalspoor/testing';
import { appSuite, startTestAppBehindFaultProxy } from './testing/test-app';

const STORE = 'signaalspoor-event-store';

// One effect per Idempotency-Key, whatever fails: an append that committed while its reply was lost
// (the connection cut right after COMMIT, and the store unreachable for the check) answers 503; the
// retry with the same key must find what the first attempt wrote and answer as a clean first try.
describe.each(testServers())('exactly one effect per Idempotency-Key on $name PostgreSQL', ({ url }) => {
  const s = appSuite(() => startTestAppBehindFaultProxy(url), ['kermt', 'wmOost']);
  const { as } = s;

  beforeAll(async () => {
    as.p1Kermt = await bearer({ rol: 'raad', raad: 'dr-kermt', sub: 'p1' });
    as.p1Stevoort = await bearer({ rol: 'raad', raad: 'dr-stevoort', sub: 'p1' });
  });

  const post = (path: string, who: string, key: string, body?: object) =>
    s.t.http
      .post(`/api${path}`)
      .set('Authorization', as[who])
      .set('Idempotency-Key', key)
      .send(body ?? {});

  const events = async (type: string, signaalId?: string) =>
    (
      await s.sql.query<{ stream_id: string; position: string }>(
        `SELECT stream_id, position FROM events WHERE type = $1 AND ($2::text IS NULL OR stream_id = $2)
          ORDER BY position`,
        [type, signaalId === undefined ? null : `signaal-${signaalId}`],
      )
    ).rows;

  /** Sends the request while the connection is cut at COMMIT: the outcome is unknown (503). */
  async function lostAtCommit(send: () => PromiseLike<{ status: number }>): Promise<void> {
    const committed = s.t.proxy.cutAtCommit(STORE);
    const response = await send();
    await committed;
    expect(response.status).toBe(503);
    s.t.proxy.heal();
  }

  it('a submission that committed but was reported unavailable, retried, is one signaal', async () => {
    const before = (await events('SignaalIngediend')).length;
    await lostAtCommit(() => post('/signalen', 'kermt', 'indienen-1', signaal));
    expect(await events('SignaalIngediend')).toHaveLength(before + 1);

    const retry = await post('/signalen', 'kermt', 'indienen-1', signaal).expect(201);
    const again = await post('/signalen', 'kermt', 'indienen-1', signaal).expect(201);
    const written = await events('SignaalIngediend', retry.body.id);
    expect(await events('SignaalIngediend')).toHaveLength(before + 1);
    expect(written).toHaveLength(1);
    expect(retry.body).toEqual({
      id: retry.body.id,
      status: 'ingediend',
      positie: Number(written[0].position),
    });
    expect(again.body).toEqual(retry.body);
    expect([retry.headers.etag, again.headers.etag]).toEqual(['"0"', '"0"']);
  });

  it('a doorsturing that committed but was reported unavailable, retried, succeeds once', async () => {
    const id = (await post('/signalen', 'kermt', 'indienen-2', signaal).expect(201)).body.id;
    await lostAtCommit(() => post(`/signalen/${id}/doorsturingen`, 'wmOost', 'door-1', { dienst: 'groen' }));

    const retry = await post(`/signalen/${id}/doorsturingen`, 'wmOost', 'door-1', { dienst: 'groen' }).expect(
      201,
    );
    const written = await events('DoorgestuurdNaarDienst', id);
    expect(written).toHaveLength(1);
    expect(retry.body).toEqual({
      id: retry.body.id,
      signaalId: id,
      status: 'in-behandeling',
      positie: Number(written[0].position),
    });
    // read-your-writes, as a client does: the read model may still be retrying after the cut
    const detail = await s.t.http
      .get(`/api/signalen/${id}`)
      .set('Authorization', as.wmOost)
      .set('X-Positie', String(retry.body.positie))
      .expect(200);
    expect(detail.body.doorsturingen.map((d: { id: string }) => d.id)).toEqual([retry.body.id]);
  });

  it('an interim terugkoppeling that committed but was reported unavailable, retried, is written once', async () => {
    const id = (await post('/signalen', 'kermt', 'indienen-3', signaal).expect(201)).body.id;
    const body = { boodschap: 'We bekijken het met de dienst.', definitief: false };
    await lostAtCommit(() => post(`/signalen/${id}/terugkoppelingen`, 'wmOost', 'terug-1', body));

    const retry = await post(`/signalen/${id}/terugkoppelingen`, 'wmOost', 'terug-1', body).expect(200);
    const written = await events('TeruggekoppeldAanRaad', id);
    expect(written).toHaveLength(1);
    expect(retry.body).toEqual({ id, status: 'ingediend', positie: Number(written[0].position) });
  });

  it('one person acting for two raden with one key and body gets two signalen', async () => {
    const a = await post('/signalen', 'p1Kermt', 'p1-key', signaal).expect(201);
    const b = await post('/signalen', 'p1Stevoort', 'p1-key', signaal).expect(201);
    expect(b.body.id).not.toBe(a.body.id);
    const detail = await s.t.http
      .get(`/api/signalen/${b.body.id}`)
      .set('Authorization', as.p1Stevoort)
      .expect(200);
    expect(detail.body.raadId).toBe('dr-stevoort');
    expect(await events('SignaalIngediend', a.body.id)).toHaveLength(1);
    expect(await events('SignaalIngediend', b.body.id)).toHaveLength(1);
  });

  it('concurrent tries with one key make one doorsturing and answer alike', async () => {
    const id = (await post('/signalen', 'kermt', 'indienen-4', signaal).expect(201)).body.id;
    const tries = await Promise.all(
      Array.from({ length: 6 }, () =>
        post(`/signalen/${id}/doorsturingen`, 'wmOost', 'door-2', { dienst: 'groen' }),
      ),
    );
    expect(tries.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(new Set(tries.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(await events('DoorgestuurdNaarDienst', id)).toHaveLength(1);
  });

  it('refuses a key reused for another request (422), on the same signaal or another one', async () => {
    const first = await post('/signalen', 'kermt', 'indienen-5', signaal).expect(201);
    const other = await post('/signalen', 'kermt', 'indienen-5', { ...signaal, titel: 'Iets anders' }).expect(
      422,
    );
    expect(other.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_HERGEBRUIKT', field: 'Idempotency-Key' });

    const second = (await post('/signalen', 'kermt', 'indienen-6', signaal).expect(201)).body.id;
    const body = { boodschap: 'Even geduld.', definitief: false };
    await post(`/signalen/${first.body.id}/terugkoppelingen`, 'wmOost', 'terug-2', body).expect(200);
    const elders = await post(`/signalen/${second}/terugkoppelingen`, 'wmOost', 'terug-2', body).expect(422);
    expect(elders.body.code).toBe('IDEMPOTENCY_KEY_HERGEBRUIKT');
    const anders = await post(`/signalen/${first.body.id}/terugkoppelingen`, 'wmOost', 'terug-2', {
      ...body,
      boodschap: 'Iets anders.',
    }).expect(422);
    expect(anders.body.code).toBe('IDEMPOTENCY_KEY_HERGEBRUIKT');
    expect(await events('TeruggekoppeldAanRaad', first.body.id)).toHaveLength(1);
    expect(await events('TeruggekoppeldAanRaad', second)).toHaveLength(0);
  });

  it('concurrent different requests with one key: one effect, the others refused', async () => {
    const id = (await post('/signalen', 'kermt', 'indienen-7', signaal).expect(201)).body.id;
    const tries = await Promise.all(
      ['groen', 'mobiliteit', 'awv', 'groen'].map((dienst) =>
        post(`/signalen/${id}/doorsturingen`, 'wmOost', 'door-3', { dienst }),
      ),
    );
    const written = await events('DoorgestuurdNaarDienst', id);
    expect(written).toHaveLength(1);
    const ok = tries.filter((r) => r.status === 201);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(new Set(ok.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(tries.filter((r) => r.status !== 201).map((r) => r.body.code)).toEqual(
      Array(tries.length - ok.length).fill('IDEMPOTENCY_KEY_HERGEBRUIKT'),
    );
  });
});
