import { rm } from 'node:fs/promises';
import { testRun } from './test-run';

export default async function globalTeardown(): Promise<void> {
  const server = testRun.server;
  if (!server) return;
  testRun.server = undefined;
  await server.stop();
  await rm(server.dataDir, { recursive: true, force: true });
}
