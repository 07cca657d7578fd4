import type { Config } from '@signaalspoor/config';
import type { Server } from 'node:http';

/**
 * The server's own timeouts: a client that sends its head or body too slowly gets a 408 and its
 * connection closed (slowloris), an idle keep-alive connection closes. Node checks the deadlines
 * every `connectionsCheckingInterval` (30 s by default, which let a slow head live 60-90 s):
 * once a second here, so a deadline holds to about a second. Set before listen.
 */
export function applyServerTimeouts(server: Server, limits: Config['limits']): void {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = 1_000;
}
