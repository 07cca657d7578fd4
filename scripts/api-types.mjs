#!/usr/bin/env node
// Turns the OpenAPI document (JSON on stdin) into the web app's API types (TypeScript on stdout),
// formatted as the repository formats its code. apps/signaalspoor/src/api-types.spec.ts builds the
// document from the app's decorators and compares this output with apps/web/src/api.generated.ts.
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import process from 'node:process';
import { text } from 'node:stream/consumers';
import { join } from 'node:path';

const target = join(import.meta.dirname, '../apps/web/src/api.generated.ts');
const document = JSON.parse(await text(process.stdin));
const types = astToString(await openapiTS(document, { alphabetize: true }));
const header =
  '// Generated from the OpenAPI document by `npm run api:types` (scripts/api-types.mjs): do not edit.\n' +
  '// The web app names the API through these types (apps/web/src/api.ts).\n\n';
process.stdout.write(await format(header + types, { ...(await resolveConfig(target)), filepath: target }));
