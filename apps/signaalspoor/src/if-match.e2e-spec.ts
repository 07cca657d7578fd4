import { TEST_SIGNAAL as signaal, testServers } from '@signaalspoor/testing';
import { appSuite, startTestAppOnNewDatabase } from './testing/test-app';

// Two wijkmanagers (or two tabs) edit one signaal: a command with If-Match "<revision>" is refused
// with 412 when the signaal changed since that revision, and writes nothing.
describe.each(testServers())('If-Match on commands on $name PostgreSQL', ({ url }) => {
  const s = appSuite(() => startTestAppOnNewDatabase(url), ['kermt', 'wmOost']);

  const post = (path: string, who: string, body: object, ifMatch?: string) => {
    const request = s.t.http.post(`/api${path}`).set('Authorization', s.as[who]);
    return (ifMatch === undefined ? request : request.set('If-Match', ifMatch)).send(body);
  };
  const count = async (signaalId: string) =>
    Number(
      (await s.sql.query('SELECT count(*) FROM events WHERE stream_id = $1', [`signaal-${signaalId}`]))
        .rows[0].count,
    );

  it('runs a command whose If-Match names the current revision, refuses a stale one with 412', async () => {
    const id = (await post('/signalen', 'kermt', signaal).expect(201)).body.id;
    const routed = await post(
      `/signalen/${id}/doorsturingen`,
      'wmOost',
      { dienst: 'mobiliteit' },
      '"0"',
    ).expect(201);
    expect(routed.headers.etag).toBe('"1"');
    // the revision travels in the ETag only: the body is the contract's answer
    expect(Object.keys(routed.body).sort()).toEqual(['id', 'positie', 'signaalId', 'status']);

    const stale = await post(`/signalen/${id}/doorsturingen`, 'wmOost', { dienst: 'groen' }, '"0"').expect(
      412,
    );
    expect(stale.body).toMatchObject({ statusCode: 412, code: 'REVISIE_VERANDERD', field: 'If-Match' });
    expect(stale.body.message).toMatch(/gewijzigd/);
    expect(await count(id)).toBe(2);

    await post(`/signalen/${id}/doorsturingen`, 'wmOost', { dienst: 'groen' }, '"7", "1"').expect(201);
    await post(`/signalen/${id}/doorsturingen`, 'wmOost', { dienst: 'awv' }, '*').expect(201);
    await post(`/signalen/${id}/terugkoppelingen`, 'wmOost', {
      boodschap: 'Even geduld.',
      definitief: false,
    }).expect(200);
    expect(await count(id)).toBe(5);
  });

  it('refuses a weak or malformed If-Match', async () => {
    const id = (await post('/signalen', 'kermt', signaal).expect(201)).body.id;
    expect((await post(`/signalen/${id}/intrekken`, 'kermt', {}, 'W/"0"').expect(412)).body.code).toBe(
      'REVISIE_VERANDERD',
    );
    const malformed = await post(`/signalen/${id}/intrekken`, 'kermt', {}, '0').expect(400);
    expect(malformed.body).toMatchObject({ code: 'ONGELDIGE_IF_MATCH', field: 'If-Match' });
    expect(await count(id)).toBe(1);
  });

  it('documents both headers and their answers on every command in the OpenAPI document', async () => {
    const { paths } = (await s.t.http.get('/api/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { parameters?: { name: string }[]; responses: object }>>;
    };
    const commands = Object.entries(paths).filter(
      ([path, ops]) => path.startsWith('/api/signalen') && ops.post && !path.includes('herbouwen'),
    );
    // the 13 of the loop, plus publishing (openbaar) and adding an attachment (bijlagen)
    expect(commands.map(([path]) => path)).toEqual(
      expect.arrayContaining(['/api/signalen/{id}/openbaar', '/api/signalen/{id}/bijlagen']),
    );
    expect(commands.length).toBe(15);
    for (const [, { post: command }] of commands) {
      expect(command.parameters?.map((p) => p.name)).toEqual(
        expect.arrayContaining(['Idempotency-Key', 'If-Match']),
      );
      expect(Object.keys(command.responses)).toEqual(expect.arrayContaining(['412', '422']));
    }
  });
});
