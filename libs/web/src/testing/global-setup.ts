// Jest globalSetup of the browser tier: the embedded PostgreSQL of the other tiers, plus a fresh
// build of the web app into dist/web, so the browsers never test a stale build. A production build:
// under Jest NODE_ENV is "test", with which vite would bundle React's development build (4× larger).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import globalSetup from '../../../testing/src/global-setup';

export default async function browserSetup(): Promise<void> {
  execFileSync(
    process.execPath,
    [
      join(__dirname, '../../../../node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.mts',
      '--logLevel',
      'error',
    ],
    {
      cwd: join(__dirname, '../../../..'),
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    },
  );
  await globalSetup();
}
