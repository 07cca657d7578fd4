import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { SignJWT } from 'jose';
import { EVENT_STORE, type EventStore } from '@signaalspoor/event-store';
import { bearers, TEST_SECRET, testServers } from '@signaalspoor/testing';
import { listenOnLoopback, startTestAppOnNewDatabase, type TestApp } from './testing/test-app';

/**
 * Generated hostile requests against every operation of the OpenAPI document, so new endpoints are
 * covered without being listed. Each mutating request carries at least one defect that the edge must
 * refuse whatever the route (media type, size, JSON, nesting, characters, prototype or unknown keys,
 * wrong types, a body where none is taken, a bad token); reads get hostile query and path values.
 * Seeded: the same requests on every run.
 */
const REQUESTS = 3300;
const CONCURRENCY = 8;
const SEED = 20261130;

/** An HS256 token over a payload text JSON.stringify cannot make (`1e400`). */
function rawToken(payload: string): string {
  const head = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from(payload).toString('base64url')}`;
  return `${head}.${createHmac('sha256', TEST_SECRET).update(head).digest('base64url')}`;
}

/** mulberry32: a small seeded PRNG, so a failure names a request that comes back on the next run. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return { next, pick };
}

interface Schema {
  type?: string;
  enum?: unknown[];
  format?: string;
  example?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  allOf?: Schema[];
}
interface Operation {
  method: string;
  path: string;
  parameters: Array<{ name: string; in: 'path' | 'query' | 'header'; schema?: Schema }>;
  body?: Schema;
  publiek: boolean;
}
interface Hostile {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  label: string;
}

const LIBRARY_LEAKS =
  /ECONNREFUSED|127\.0\.0\.1|\bat \w+ \(|SELECT |INSERT |syntax error|Unexpected token|should not/;

/** Values no text, id, number, boolean or object field may take. */
const WRONG_TEXT: unknown[] = [5, true, [], {}, 'a\u0000b', '\ud800', 'x\udc00', '', '   ', ['a']];
const WRONG_NUMBER: unknown[] = ['50.9', '1', true, [], {}, 'NaN', '\u0000', 1e300];
const WRONG_BOOLEAN: unknown[] = ['true', 1, 0, [], {}, 'ja', '\ud800'];
const WRONG_OBJECT: unknown[] = [[], 'x', 5, true, [{}], '\u0000'];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

const QUERY_VALUES = [
  '99999999999999999999',
  '1e20',
  '2^63',
  '9223372036854775808',
  '-1',
  '-0',
  '',
  'NaN',
  'Infinity',
  '0x10',
  '1.5',
  '%00',
  '%ED%A0%80',
  '%F0%28%8C%28',
  '%C0%AF',
  'a'.repeat(3000),
  '2026-02-30',
  '0000-01-01',
  '9999-12-31T23:59:59Z',
  '+275760-09-13',
  '-271821-04-20T00:00:00Z',
  '2026-01-01T25:00:00Z',
  "' OR 1=1 --",
  '%27%3B DROP TABLE events; --',
  '[]',
  '{}',
  'null',
  'true',
];
/** For header parameters the document declares (If-Match, Idempotency-Key, ...). */
const HEADER_VALUES = [
  '"-1"',
  '"99999999999999999999"',
  'W/"1"',
  '*',
  '"abc"',
  '""',
  '"1", "2"',
  'x'.repeat(300),
  '1e20',
  '%00',
];
const PATH_VALUES = [
  'niet-een-id',
  '%00',
  '%ED%A0%80',
  '..%2F..%2Fetc',
  'x'.repeat(400),
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-4fff-bfff-ffffffffffff',
  '%20',
  '1e20',
  '__proto__',
];

describe('hostile requests against every endpoint', () => {
  const [{ url }] = testServers();
  let t: TestApp;
  let origin: string;
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestAppOnNewDatabase(url);
    origin = `http://127.0.0.1:${await listenOnLoopback(t)}`;
    Object.assign(
      tokens,
      await bearers({
        raad: 'kermt',
        wijkmanager: 'wmOost',
        dienst: 'mobiliteit',
        auditor: 'auditor',
        beheerder: 'beheerder',
      }),
    );
    // signed with the right secret, with claims the verifier must refuse
    const key = new TextEncoder().encode(TEST_SECRET);
    const signed = (claims: Record<string, unknown>, exp: number) =>
      new SignJWT({ ...claims, exp }).setProtectedHeader({ alg: 'HS256' }).sign(key);
    const hour = Math.floor(Date.now() / 1000) + 3600;
    tokens['slecht:sub leeg'] = `Bearer ${await signed({ sub: '', rol: 'beheerder' }, hour)}`;
    tokens['slecht:sub getal'] = `Bearer ${await signed({ sub: 5, rol: 'beheerder' }, hour)}`;
    tokens['slecht:raad met dienst'] =
      `Bearer ${await signed({ sub: 'x', rol: 'raad', raad: 'dr-kermt', dienst: 'groen' }, hour)}`;
    tokens['slecht:beheerder met raad'] =
      `Bearer ${await signed({ sub: 'x', rol: 'beheerder', raad: 'dr-kermt' }, hour)}`;
    tokens['slecht:exp 1e400'] = `Bearer ${rawToken('{"sub":"x","rol":"beheerder","exp":1e400}')}`;
    tokens['slecht:padding'] = `${tokens.beheerder}=`;
    ids.id = (
      await t.http
        .post('/api/signalen')
        .set('Authorization', tokens.raad)
        .send({
          titel: 'Kapotte straatlamp',
          omschrijving: 'Al drie weken donker.',
          thema: 'verkeersveiligheid',
        })
        .expect(201)
    ).body.id;
    ids.doorsturingId = (
      await t.http
        .post(`/api/signalen/${ids.id}/doorsturingen`)
        .set('Authorization', tokens.wijkmanager)
        .send({ dienst: 'mobiliteit' })
        .expect(201)
    ).body.id;
  });

  afterAll(async () => {
    agent.destroy();
    await t?.close();
  });

  const send = (hostile: Hostile) =>
    new Promise<{ status: number; text: string; headers: Record<string, unknown> }>((resolve, reject) => {
      const req = request(
        `${origin}${hostile.path}`,
        {
          method: hostile.method,
          agent,
          headers: { ...hostile.headers, ...(hostile.body ? { 'Content-Length': hostile.body.length } : {}) },
        },
        (res) => {
          // a live stream (GET /api/stroom) never ends: its status and headers are the answer
          if (String(res.headers['content-type']).startsWith('text/event-stream')) {
            res.destroy();
            resolve({ status: res.statusCode ?? 0, text: '', headers: res.headers });
            return;
          }
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              text: Buffer.concat(chunks).toString(),
              headers: res.headers,
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(hostile.body);
    });

  /** The global log head position, from the event store itself. */
  const logHead = (): Promise<number> => t.app.get<EventStore>(EVENT_STORE).headPosition();

  it(`answers ${REQUESTS} hostile requests without a 5xx, without a change, and stays healthy`, async () => {
    const document = (await t.http.get('/api/openapi.json').expect(200)).body;
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(20);
    const before = await logHead();

    const generate = generator(prng(SEED), operations, tokens, ids);
    const all = Array.from({ length: REQUESTS }, generate);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let cursor = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (cursor < all.length) {
          const hostile = all[cursor++];
          const where = `${hostile.method} ${hostile.path.slice(0, 120)} [${hostile.label}]`;
          let res: Awaited<ReturnType<typeof send>>;
          try {
            res = await send(hostile);
          } catch (error) {
            failures.push(`${where}: ${(error as Error).message}`);
            continue;
          }
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500) failures.push(`${where}: ${res.status} ${res.text.slice(0, 200)}`);
          else if (hostile.method !== 'GET' && res.status < 400)
            failures.push(`${where}: accepted (${res.status})`);
          else if (res.status >= 400 && res.status !== 404 && res.status !== 405) {
            const body = JSON.parse(res.text) as { code?: unknown; message?: unknown };
            if (
              typeof body.code !== 'string' ||
              typeof body.message !== 'string' ||
              LIBRARY_LEAKS.test(res.text)
            ) {
              failures.push(`${where}: error body ${res.text.slice(0, 200)}`);
            }
          }
        }
      }),
    );

    expect(failures).toEqual([]);
    expect(await logHead()).toBe(before);
    await t.http.get('/api/health/live').expect(200);
    await t.http.get('/api/health/ready').expect(200);
    // every kind of refusal was reached, not only the first gate
    for (const status of [400, 401, 403, 413, 415]) expect(statuses.get(status) ?? 0).toBeGreaterThan(0);
  });
});

/** Every operation of the OpenAPI document, with its parameters and body schema (refs resolved). */
function operationsOf(document: {
  paths: Record<
    string,
    Record<string, { parameters?: Operation['parameters']; requestBody?: unknown; security?: unknown[] }>
  >;
  components?: { schemas?: Record<string, Schema> };
  security?: unknown[];
}): Operation[] {
  const schemas = document.components?.schemas ?? {};
  const resolve = (schema: Schema | undefined): Schema | undefined => {
    if (!schema) return undefined;
    if (schema.$ref) return resolve(schemas[schema.$ref.split('/').pop()!]) ?? {};
    if (schema.allOf?.length) return resolve(schema.allOf[0]);
    if (!schema.properties) return schema;
    const properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, property]) => [name, resolve(property)!]),
    );
    return { ...schema, properties };
  };
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const content = (operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)
        ?.content;
      return {
        method: method.toUpperCase(),
        path,
        parameters: (operation.parameters ?? []).map((p) => ({ ...p, schema: resolve(p.schema) })),
        body: resolve(content?.['application/json']?.schema),
        publiek: !operation.security?.length,
      };
    }),
  );
}

/** A valid value for a schema: the base every body defect is applied to. */
function validValue(schema: Schema): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.properties) {
    return Object.fromEntries(
      Object.entries(schema.properties)
        .filter(([name]) => schema.required?.includes(name))
        .map(([name, property]) => [name, validValue(property)]),
    );
  }
  if (schema.type === 'number' || schema.type === 'integer') return schema.minimum ?? 1;
  if (schema.type === 'boolean') return true;
  if (schema.format === 'date') return '2026-12-31';
  return 'tekst';
}

function wrongValuesFor(schema: Schema): unknown[] {
  if (schema.properties) return WRONG_OBJECT;
  if (schema.type === 'number' || schema.type === 'integer') return WRONG_NUMBER;
  if (schema.type === 'boolean') return WRONG_BOOLEAN;
  return WRONG_TEXT;
}

/** Every (dotted) field of a body schema with its schema. */
function fieldsOf(schema: Schema, parent: string[] = []): Array<[string[], Schema]> {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => [
    [[...parent, name], property] as [string[], Schema],
    ...fieldsOf(property, [...parent, name]),
  ]);
}

function withValue(base: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path;
  if (!rest.length) return { ...base, [head]: value };
  const inner = (typeof base[head] === 'object' && base[head] !== null ? base[head] : {}) as Record<
    string,
    unknown
  >;
  return { ...base, [head]: withValue(inner, rest, value) };
}

/** JSON text with `key` as the first key of the object at `path` (JSON.stringify drops __proto__). */
function withRawKey(base: Record<string, unknown>, path: string[], key: string): string {
  const marker = `"__marker_${Math.random().toString(36).slice(2)}"`;
  const marked = JSON.stringify(withValue(base, [...path, marker.slice(1, -1)], 1));
  return marked.replace(`${marker}:1`, `${JSON.stringify(key)}:{"x":1}`);
}

function generator(
  random: ReturnType<typeof prng>,
  operations: Operation[],
  tokens: Record<string, string>,
  ids: Record<string, string>,
): () => Hostile {
  const { next, pick } = random;
  const roles = Object.keys(tokens).filter((name) => !name.startsWith('slecht:'));
  const json = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));
  let count = 0;

  const BAD_AUTH = [
    ...Object.keys(tokens)
      .filter((name) => name.startsWith('slecht:'))
      .map((name) => tokens[name]),
    '',
    'Bearer',
    'Bearer ',
    'Basic dXNlcjpwYXNz',
    'Bearer not.a.token',
    'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sIjoiYXVkaXRvciJ9.',
    `Bearer ${'a'.repeat(4000)}`,
    'Bearer \u00e9\u00e9',
    'bearer a b c',
  ];

  /** Body defects every route refuses, whatever its body. */
  const bodyDefects: Array<(valid: Record<string, unknown>) => [Buffer, string, string]> = [
    (valid) => [json(valid), 'application/json; charset=latin1', 'charset latin1'],
    (valid) => [
      json(valid),
      pick([
        'application/json; charset=utf-16',
        'application/json;charset=iso-8859-1',
        'application/json; charset=',
      ]),
      'charset',
    ],
    (valid) => [
      json(valid),
      pick([
        'text/plain',
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
        'application/jsonx',
        'json',
        '*/*',
      ]),
      'media type',
    ],
    (valid) => [json({ ...valid, opvulling: 'x'.repeat(70_000) }), 'application/json', 'too large'],
    () => [json(`{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`), 'application/json', 'deep arrays'],
    () => {
      const depth = pick([17, 100, 5000]);
      return [json(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`), 'application/json', 'deep objects'];
    },
    () => [
      json(
        pick([
          '{',
          '{"a":}',
          '{"a":1,}',
          'null',
          '1',
          '"x"',
          '[]',
          'true',
          '\u0000',
          "{'a':1}",
          '{"a":NaN}',
          '{"a":1e99999}x',
        ]),
      ),
      'application/json',
      'broken JSON',
    ],
    (valid) => [
      Buffer.concat([json(valid).subarray(0, 1), Buffer.from([0xc3, 0x28, 0xff]), json(valid).subarray(1)]),
      'application/json',
      'invalid UTF-8',
    ],
    (valid) => [json(JSON.stringify({ ...valid, x: 'a\u0000b' })), 'application/json', 'NUL'],
    (valid) => [
      json(JSON.stringify(valid).replace(/^\{/, '{"\\ud800":1,')),
      'application/json',
      'surrogate key',
    ],
    (valid) => [json(withRawKey(valid, [], pick(PROTOTYPE_KEYS))), 'application/json', 'prototype key'],
  ];

  return () => {
    count++;
    const operation = operations[count % operations.length];
    const mutating = operation.method !== 'GET';
    const headers: Record<string, string> = { Accept: pick(['application/json', '*/*', 'text/html']) };
    const labels: string[] = [];
    const role = pick(roles);
    headers.Authorization = tokens[role];

    let path = operation.path;
    const pathParams = operation.parameters.filter((p) => p.in === 'path');
    const hostilePath = next() < 0.15 && pathParams.length > 0;
    for (const parameter of pathParams) {
      const real = parameter.name === 'doorsturingId' ? ids.doorsturingId : ids.id;
      const value =
        hostilePath && next() < 0.7
          ? pick(PATH_VALUES)
          : parameter.name.includes('id') || parameter.name === 'doorsturingId'
            ? real
            : 'dr-kermt';
      path = path.replace(`{${parameter.name}}`, value);
    }
    if (hostilePath) labels.push('path');

    for (const parameter of operation.parameters.filter((p) => p.in === 'header')) {
      if (next() < 0.3) {
        headers[parameter.name] = pick(HEADER_VALUES);
        labels.push(`header ${parameter.name}`);
      }
    }

    const query: string[] = [];
    for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
      if (next() < 0.5) query.push(`${parameter.name}=${pick(QUERY_VALUES)}`);
    }
    if (next() < 0.1) query.push(`${pick(PROTOTYPE_KEYS)}=x`);
    if (next() < 0.05) query.push('limiet=1&limiet=2');
    if (query.length) {
      path += `?${query.join('&')}`;
      labels.push('query');
    }

    let body: Buffer | undefined;
    const validBody = (operation.body ? validValue(operation.body) : {}) as Record<string, unknown>;
    const choice = next();
    if (!mutating) {
      if (choice < 0.15) {
        [body, headers['Content-Type']] = pick(bodyDefects)(validBody);
        labels.push('body on a read');
      }
    } else if (choice < 0.4 || (!operation.body && choice < 0.7)) {
      const [defect, contentType, label] = pick(bodyDefects)(validBody);
      body = defect;
      headers['Content-Type'] = contentType;
      labels.push(label);
    } else if (!operation.body) {
      body = json(pick([{}, { reden: 'x' }, [], 'x', { __proto__: 1 }]));
      headers['Content-Type'] = 'application/json';
      labels.push('body where none is taken');
    } else {
      const fields = fieldsOf(operation.body);
      const kind = next();
      headers['Content-Type'] = 'application/json';
      if (kind < 0.6 && fields.length) {
        const [field, schema] = pick(fields);
        const value = pick(wrongValuesFor(schema));
        body = json(
          value === 1e300
            ? JSON.stringify(withValue(validBody, field, 0)).replace(/:0(?=[,}])/, ':1e400')
            : withValue(validBody, field, value),
        );
        labels.push(`${field.join('.')}=${JSON.stringify(value)?.slice(0, 20)}`);
      } else if (kind < 0.8) {
        const objectFields = [[] as string[], ...fields.filter(([, s]) => s.properties).map(([f]) => f)];
        const at = pick(objectFields);
        const key = pick([...PROTOTYPE_KEYS, 'onbekend', 'Titel', 'id', 'positie']);
        body = json(
          at.length && next() < 0.5
            ? withRawKey(withValue(validBody, at, {}), at, key)
            : withRawKey(validBody, at, key),
        );
        labels.push(`key ${key} in ${at.join('.') || 'body'}`);
      } else {
        const required = operation.body.required ?? [];
        if (required.length) {
          const { [pick(required)]: _dropped, ...rest } = validBody;
          body = json(rest);
          labels.push('required field missing');
        } else {
          body = json(withRawKey(validBody, [], 'onbekend'));
          labels.push('unknown key');
        }
      }
    }

    if (next() < 0.1 || (operation.publiek && mutating && !body)) {
      headers.Authorization = pick(BAD_AUTH);
      labels.push('bad token');
    }
    if (!headers.Authorization) delete headers.Authorization;
    if (mutating && next() < 0.2)
      headers['Idempotency-Key'] = pick(['k', 'x'.repeat(300), ' ', 'a b', `key-${count}`]);
    if (next() < 0.05) headers['X-Correlation-Id'] = pick(['x'.repeat(500), '../../', '%00']);
    return { method: operation.method, path, headers, body, label: labels.join(', ') || 'read' };
  };
}
