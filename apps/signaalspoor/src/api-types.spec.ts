import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { loadConfig } from '@signaalspoor/config';
import { openApiDocument, ZONDER_API_PREFIX } from '@signaalspoor/platform';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';

// The web app's API types are generated from this app's OpenAPI document (openapi-typescript, in
// scripts/api-types.mjs) and committed. The document is built from the decorators alone: in preview
// mode Nest reads the modules and controllers without creating a provider, so no database starts.
// `npm run api:types` runs this spec with API_TYPES=schrijf to write the file instead of comparing.

const root = join(__dirname, '../../..');
const GENERATED = join(root, 'apps/web/src/api.generated.ts');

/** Answers that are not a JSON body: a redirect, a file, a stream, Prometheus' text. */
const NIET_JSON = [
  'GET /api/metrics',
  'GET /api/raden/{raadId}/agenda.pdf',
  'GET /api/audit/export',
  'GET /api/auth/login',
  'GET /api/auth/callback',
  'POST /api/auth/afmelden',
  'GET /api/stroom',
  'GET /api/publiek/raden/{raadId}/feed.atom',
  'GET /api/signalen/{id}/bijlagen/{bijlageId}',
];

let document: OpenAPIObject;

beforeAll(async () => {
  const app = await NestFactory.create(AppModule.forRoot(loadConfig({})), { preview: true, logger: false });
  app.setGlobalPrefix('api', { exclude: ZONDER_API_PREFIX });
  document = openApiDocument(app, 'Signaalspoor');
  await app.close();
});

it('apps/web/src/api.generated.ts is what the OpenAPI document gives (else: npm run api:types)', () => {
  const types = execFileSync(process.execPath, [join(root, 'scripts/api-types.mjs')], {
    input: JSON.stringify(document),
    encoding: 'utf8',
  });
  if (process.env.API_TYPES === 'schrijf') writeFileSync(GENERATED, types);
  expect(readFileSync(GENERATED, 'utf8')).toBe(types);
});

it('every JSON answer has its schema in the document', () => {
  const zonderSchema = Object.entries(document.paths).flatMap(([path, item]) =>
    (['get', 'post', 'put'] as const).flatMap((method) => {
      const operation = item[method];
      const route = `${method.toUpperCase()} ${path}`;
      if (!operation || NIET_JSON.includes(route)) return [];
      const succes = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      const beschreven = succes.some(
        ([, response]) => response && 'content' in response && response.content?.['application/json']?.schema,
      );
      return beschreven ? [] : [route];
    }),
  );
  expect(zonderSchema).toEqual([]);
});
