import type { INestApplication, LoggerService } from '@nestjs/common';
import { Draining } from '@signaalspoor/http';
import type { Server } from 'node:http';

/** How often idle keep-alive connections are closed while the requests in flight finish. */
const IDLE_SWEEP_MS = 100;

/**
 * The part of the bound the modules keep for themselves once the requests are done (projection
 * followers finish their batch, consumers leave their group, pools close): at most 3 s, at most half.
 */
export const drainBound = (timeoutMs: number): number => timeoutMs - Math.min(3_000, timeoutMs / 2);

/**
 * Stops an app within `timeoutMs`, whatever its clients do:
 * 1. draining starts: readiness says no, every live stream gets its closing event and ends;
 * 2. the server takes no new connection; the requests in flight finish (idle keep-alive connections
 *    are closed as they become idle) until the drain bound (drainBound), when every socket left is
 *    destroyed;
 * 3. the app closes: modules stop their work (projection followers after the batch in flight),
 *    then the pools and the database.
 * Resolves true once all that is done; false when the bound came first (the caller exits anyway).
 */
export async function shutDown(app: INestApplication, timeoutMs: number): Promise<boolean> {
  let bound: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => (bound = setTimeout(() => resolve(false), timeoutMs)));
  const stopped = (async () => {
    app.get(Draining, { strict: false }).start();
    await drainHttp(app.getHttpServer() as Server, drainBound(timeoutMs));
    await app.close();
    return true as const;
  })();
  try {
    return await Promise.race([stopped, expired]);
  } finally {
    clearTimeout(bound);
  }
}

/** Stops accepting, lets the requests in flight finish until `boundMs`, then destroys what is left. */
export async function drainHttp(server: Server, boundMs: number): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  let bound: NodeJS.Timeout | undefined;
  const expired = new Promise<void>((resolve) => (bound = setTimeout(resolve, boundMs)));
  try {
    await Promise.race([closed, expired]);
  } finally {
    clearInterval(sweep);
    clearTimeout(bound);
  }
  server.closeAllConnections();
  await closed;
}

/** Logs the stop and exits: 0 when the app stopped in time, 1 when the bound cut it short. */
export function exitAfter(
  logger: LoggerService,
  title: string,
  signal: string,
  started: number,
  clean: boolean,
): never {
  const ms = Date.now() - started;
  if (clean) logger.log({ msg: `${title} gestopt`, signal, ms });
  else logger.error({ msg: `${title} niet op tijd gestopt: afgebroken`, signal, ms });
  process.exit(clean ? 0 : 1);
}
