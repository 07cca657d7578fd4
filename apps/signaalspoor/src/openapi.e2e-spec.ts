import { SwaggerModule } from '@nestjs/swagger';
import { VOORBEELDEN } from '@signaalspoor/platform';
import { bearer, testServers } from '@signaalspoor/testing';
import { startTestAppOnNewDatabase, type TestApp } from './testing/test-app';

type Operation = {
  parameters?: { name: string; in: string; schema?: { format?: string } }[];
  requestBody?: { content: Record<string, { example?: Record<string, unknown> }> };
  responses: Record<string, unknown>;
};

describe.each(testServers())('The OpenAPI document on $name PostgreSQL', ({ url }) => {
  let t: TestApp;
  let paths: Record<string, Record<string, Operation>>;
  let bearerScheme: { description?: string };

  let builtAtStart: number;
  let builtOnRequests: number;

  beforeAll(async () => {
    const builds = jest.spyOn(SwaggerModule, 'createDocument');
    t = await startTestAppOnNewDatabase(url);
    builtAtStart = builds.mock.calls.length;
    const doc = (await t.http.get('/api/openapi.json').expect(200)).body;
    await t.http.get('/api/openapi.json').expect(200);
    builtOnRequests = builds.mock.calls.length;
    builds.mockRestore();
    paths = doc.paths;
    bearerScheme = doc.components.securitySchemes.bearer;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('is built on the first request for it, once, not while the app starts', () => {
    expect(builtAtStart).toBe(0);
    expect(builtOnRequests).toBe(1);
  });

  const example = (path: string) => paths[path]!.post!.requestBody!.content['application/json']!.example!;

  it('every command example is accepted by the app, in the order of a signaal’s life', async () => {
    const raad = await bearer({ rol: 'raad', raad: 'dr-kermt' });
    const wm = await bearer({ rol: 'wijkmanager', sub: 'wm-oost' });
    const mob = await bearer({ rol: 'dienst', dienst: 'mobiliteit' });
    const send = async (path: string, who: string, ids: Record<string, string> = {}) => {
      const concrete = path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]!);
      const req = t.http.post(concrete).set('Authorization', who);
      // a command without a body (oppakken, afsluiten) is sent without one
      const res = await (paths[path]!.post!.requestBody ? req.send(example(path)) : req);
      if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as { id: string };
    };

    const { id } = await send('/api/signalen', raad);
    await send('/api/signalen/{id}/verduidelijkingsvragen', wm, { id });
    await send('/api/signalen/{id}/verduidelijkingen', raad, { id });
    const d = (await send('/api/signalen/{id}/doorsturingen', wm, { id })).id;
    await send('/api/signalen/{id}/doorsturingen/{doorsturingId}/oppakken', mob, { id, doorsturingId: d });
    await send('/api/signalen/{id}/doorsturingen/{doorsturingId}/antwoord', mob, { id, doorsturingId: d });
    await send('/api/signalen/{id}/terugkoppelingen', wm, { id });
    await send('/api/signalen/{id}/heropenen', raad, { id });
    await send('/api/signalen/{id}/terugkoppelingen', wm, { id });
    await send('/api/signalen/{id}/afsluiten', raad, { id });

    const tweede = (await send('/api/signalen', raad)).id;
    const d2 = (await send('/api/signalen/{id}/doorsturingen', wm, { id: tweede })).id;
    await send('/api/signalen/{id}/doorsturingen/{doorsturingId}/terugsturen', mob, {
      id: tweede,
      doorsturingId: d2,
    });
    await send('/api/signalen/{id}/intrekken', raad, { id: tweede });

    // every example was sent above
    for (const path of Object.keys(VOORBEELDEN).map((key) => key.replace(/^POST /, ''))) {
      expect(example(path)).toEqual(VOORBEELDEN[`POST ${path}`]);
    }
  });

  it('documents the errors, the command headers, uuid ids and how to get a token', () => {
    const indienen = paths['/api/signalen']!.post!;
    expect(Object.keys(indienen.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '409', '413', '415', '503']),
    );
    const antwoord = paths['/api/signalen/{id}/doorsturingen/{doorsturingId}/antwoord']!.post!;
    expect(Object.keys(antwoord.responses)).toEqual(expect.arrayContaining(['404', '409', '412']));
    expect(antwoord.parameters!.map((p) => `${p.in}:${p.name}:${p.schema?.format ?? ''}`)).toEqual(
      expect.arrayContaining([
        'path:id:uuid',
        'path:doorsturingId:uuid',
        'header:Idempotency-Key:',
        'header:If-Match:',
      ]),
    );
    const detail = paths['/api/signalen/{id}']!.get!;
    expect(Object.keys(detail.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '503']),
    );
    expect(detail.parameters!.map((p) => p.name)).toContain('X-Positie');
    expect(bearerScheme.description).toContain('npm run -s token -- raad dr-kermt');
  });

  it('names each parameter of an operation once, and documents 429 with Retry-After', () => {
    const twice = Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, operation]) => {
        const names = (operation.parameters ?? []).map((p) => `${p.in}:${p.name}`);
        return names
          .filter((name, i) => names.indexOf(name) !== i)
          .map((name) => `${method.toUpperCase()} ${path} ${name}`);
      }),
    );
    expect(twice).toEqual([]);
    expect(Object.keys(paths['/api/signalen']!.get!.responses)).toContain('429');
  });
});
