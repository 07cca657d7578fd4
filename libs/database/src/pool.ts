import { Client, Pool, type ClientConfig } from 'pg';
import { IDLE_CONNECTION_MS } from './budget';

/**
 * Server-side limits on every session the app opens, so that one stuck transaction cannot stop every
 * process: a lock wait, a statement and an idle transaction each end after their limit (ms).
 */
export interface DatabaseTimeouts {
  lockMs: number;
  statementMs: number;
  idleInTransactionMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = {
  lockMs: 3_000,
  statementMs: 30_000,
  idleInTransactionMs: 30_000,
};

export interface PoolOptions {
  max?: number;
  applicationName?: string;
  timeouts?: DatabaseTimeouts;
}

/** Connection settings every client and pool of the app shares: the session timeouts, a connect limit. */
export function clientConfig(
  url: string,
  options: { applicationName?: string; timeouts?: DatabaseTimeouts } = {},
): ClientConfig {
  const timeouts = options.timeouts ?? DEFAULT_DATABASE_TIMEOUTS;
  return {
    connectionString: url,
    connectionTimeoutMillis: 10_000,
    // a peer that vanished without closing the socket (a host gone, a partition) is noticed
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    application_name: options.applicationName ?? 'signaalspoor',
    lock_timeout: timeouts.lockMs,
    statement_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
  };
}

const ignore = () => undefined;

export function createPool(url: string, options: PoolOptions = {}): Pool {
  const pool = new Pool({
    ...clientConfig(url, options),
    max: options.max ?? 10,
    idleTimeoutMillis: IDLE_CONNECTION_MS,
  });
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on('error', ignore);
  // Nor may a checked-out one: while a client is lent out the pool stops listening to it, and its
  // connection can die between two queries (server killed, idle-in-transaction timeout). The next
  // query on it fails, and pg-pool discards a client that is no longer queryable when it is released.
  pool.on('connect', (client) => client.on('error', ignore));
  return pool;
}

/** Creates database `name` on the server at `serverUrl` unless it exists; returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new Client(clientConfig(serverUrl));
  client.on('error', ignore);
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client
        .query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
        .catch((error: { code?: string }) => {
          // a concurrent creator won the race
          if (error.code !== '42P04') throw error;
        });
    }
  } finally {
    await client.end();
  }
  return databaseUrl(serverUrl, name);
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/**
 * Whether an error means the database cannot serve the request now but may soon: the connection is
 * lost or refused, the server shuts down or is overloaded, or a lock wait, statement or idle
 * transaction hit its timeout. Such a failure is a 503 with Retry-After, never a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // no `instanceof Error`: Node's socket errors come from another realm under jest
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    return (
      /^(08|53|57P)/.test(code) || // connection exception, insufficient resources, operator intervention
      ['55P03', '57014', '25P03'].includes(code) || // lock_not_available, query_canceled, idle-in-transaction timeout
      /^E[A-Z]+$/.test(code) // Node socket errors: ECONNREFUSED, ECONNRESET, ETIMEDOUT, ...
    );
  }
  // pg's own, without a code: "Connection terminated unexpectedly", "timeout exceeded when trying to
  // connect", "Client has encountered a connection error and is not queryable"
  return typeof message === 'string' && /connection|timeout|not queryable/i.test(message);
}
