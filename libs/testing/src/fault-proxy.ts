// A TCP proxy on loopback between an app and PostgreSQL that can cut a connection right after the
// client sent COMMIT, or the Sync that commits the event store's one-statement append: the server
// commits, the client never hears it. Tests use it to produce the
// "unknown outcome" a retry with an Idempotency-Key must settle.
import { createConnection, createServer, type Server, type Socket } from 'node:net';

export interface FaultProxy {
  /** postgres URL of `url` with host and port replaced by the proxy's */
  url: string;
  /**
   * Arms a cut: the next COMMIT sent on a connection whose application_name is `applicationName`
   * reaches the server, its reply is dropped, and from then on every connection of that application
   * is refused (a partition) until `heal()`. Resolves once the server has committed.
   */
  cutAtCommit(applicationName: string): Promise<void>;
  /** Lets connections of the partitioned application through again. */
  heal(): void;
  close(): Promise<void>;
}

interface Pipe {
  client: Socket;
  server: Socket;
  applicationName?: string;
}

export async function startFaultProxy(url: string): Promise<FaultProxy> {
  const target = new URL(url);
  const pipes = new Set<Pipe>();
  let armed: { applicationName: string; committed: () => void } | undefined;
  let partitioned: string | undefined;

  const drop = (pipe: Pipe) => {
    pipe.client.destroy();
    pipe.server.destroy();
    pipes.delete(pipe);
  };

  const proxy: Server = createServer((client) => {
    const server = createConnection({ host: target.hostname, port: Number(target.port) });
    const pipe: Pipe = { client, server };
    pipes.add(pipe);
    let buffered = Buffer.alloc(0);
    let startup = true;
    let cut = false;
    let appending = false;

    client.on('data', (chunk) => {
      if (cut) return;
      buffered = Buffer.concat([buffered, chunk]);
      // forward whole messages only, so a COMMIT can be recognised before it is sent on
      for (;;) {
        const headerLength = startup ? 0 : 1;
        if (buffered.length < headerLength + 4) return;
        const length = buffered.readInt32BE(headerLength) + headerLength;
        if (buffered.length < length) return;
        const message = buffered.subarray(0, length);
        buffered = buffered.subarray(length);
        if (startup) {
          pipe.applicationName = parameter(message, 'application_name');
          // SSLRequest / GSSENCRequest are followed by another startup message
          startup = message.readInt32BE(4) === 80877103 || message.readInt32BE(4) === 80877104;
          if (partitioned !== undefined && pipe.applicationName === partitioned) return drop(pipe);
        }
        server.write(message);
        if (!startup && message[0] === 0x42 /* Bind */)
          appending = boundStatement(message) === APPEND_STATEMENT;
        const committing =
          (message[0] === 0x51 /* Query */ && /^\s*COMMIT\b/i.test(message.subarray(5).toString('utf8'))) ||
          (message[0] === 0x53 /* Sync */ && appending);
        if (armed && pipe.applicationName === armed.applicationName && committing) {
          const { committed, applicationName } = armed;
          armed = undefined;
          cut = true;
          partitioned = applicationName;
          client.destroy();
          // the server's reply (CommandComplete) proves the commit; then partition the application
          server.once('data', () => {
            for (const other of pipes) if (other.applicationName === applicationName) drop(other);
            drop(pipe);
            committed();
          });
          return;
        }
      }
    });
    server.on('data', (chunk) => {
      if (!cut) client.write(chunk);
    });
    client.on('error', () => drop(pipe));
    server.on('error', () => drop(pipe));
    client.on('close', () => {
      if (!cut) drop(pipe);
    });
    server.on('close', () => drop(pipe));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  if (typeof address !== 'object' || !address) throw new Error('proxy has no address');
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(address.port);

  return {
    url: proxied.toString(),
    cutAtCommit: (applicationName) =>
      new Promise<void>((committed) => {
        armed = { applicationName, committed };
      }),
    heal: () => {
      partitioned = undefined;
    },
    close: async () => {
      for (const pipe of pipes) drop(pipe);
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}

/** A parameter of a StartupMessage: int32 length, int32 protocol, then name\0value\0 pairs. */
function parameter(message: Buffer, name: string): string | undefined {
  const fields = message.subarray(8).toString('utf8').split('\0');
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === name) return fields[i + 1];
  return undefined;
}

/** The prepared statement of PostgresEventStore's append: committed on its own at the Sync after it. */
const APPEND_STATEMENT = 'signaalspoor_append';

/** The prepared statement a Bind message names: 'B', int32 length, portal\0, statement\0, … */
function boundStatement(message: Buffer): string {
  const fields = message.subarray(5).toString('utf8').split('\0');
  return fields[1];
}
