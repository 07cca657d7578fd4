import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@signaalspoor/config';
import { openApiDocument } from '@signaalspoor/platform';
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

async function apiTypes(): Promise<string> {
  const app = await NestFactory.create(AppModule.forRoot(loadConfig({})), { preview: true, logger: false });
  app.setGlobalPrefix('api');
  try {
    const document = openApiDocument(app, 'Signaalspoor');
    return execFileSync(process.execPath, [join(root, 'scripts/api-types.mjs')], {
      input: JSON.stringify(document),
      encoding: 'utf8',
    });
  } finally {
    await app.close();
  }
}

it('apps/web/src/api.generated.ts is what the OpenAPI document gives (else: npm run api:types)', async () => {
  const types = await apiTypes();
  if (process.env.API_TYPES === 'schrijf') writeFileSync(GENERATED, types);
  expect(readFileSync(GENERATED, 'utf8')).toBe(types);
});
