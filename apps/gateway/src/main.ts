import express from 'express';
import { Agent } from 'node:http';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { cleanEnv, port, str, url } from 'envalid';
import { LOG_LEVELS, shutdownTimeout } from '@signaalspoor/config';
import { drainBound, drainHttp, jsonLogger } from '@signaalspoor/platform';
import { sessieCsrf, webApp } from '@signaalspoor/web';
import { gauge, metricsRegistry } from '@signaalspoor/metrics';
import { routeOf, type Service } from './routes';

/** How long the gateway waits for a service's readiness. */
const READY_TIMEOUT_MS = 2_000;

type ServiceHealth =
  { status: 'up' } | { status: 'down'; statusCode?: number; error?: string; details?: unknown };

/** Asks one service's /api/health/ready; anything but a 200 in time counts as not ready. */
async function readinessOf(base: string): Promise<ServiceHealth> {
  try {
    const res = await fetch(new URL('/api/health/ready', base), {
      signal: AbortSignal.timeout(READY_TIMEOUT_MS),
    });
    const body: unknown = await res.json().catch(() => undefined);
    return res.status === 200 ? { status: 'up' } : { status: 'down', statusCode: res.status, details: body };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  }
}

/** Readiness of every service the gateway routes to. */
async function readiness(targets: Record<Service, string>): Promise<Record<Service, ServiceHealth>> {
  const entries = await Promise.all(
    Object.entries(targets).map(async ([service, base]) => [service, await readinessOf(base)] as const),
  );
  return Object.fromEntries(entries) as Record<Service, ServiceHealth>;
}

/** One base URL for the distributed stack: proxies each request to its service per ROUTES. */
export function createGateway(targets: Record<Service, string>): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/api/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/api/health/ready', async (_req, res) => {
    const services = await readiness(targets);
    const ok = Object.values(services).every((s) => s.status === 'up');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'error', services });
  });
  const upstreamReady = gauge(
    'signaalspoor_gateway_service_ready',
    'Whether a service behind the gateway is ready',
    ['service'],
  );
  app.get('/api/metrics', async (_req, res) => {
    for (const [service, health] of Object.entries(await readiness(targets)))
      upstreamReady.set({ service }, health.status === 'up' ? 1 : 0);
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
  // the web app: the CSRF check of its session cookie, which passes on to the services (each
  // resolves the session); / serves the app
  app.use(sessieCsrf);
  app.use(webApp());
  // reuse connections to the services instead of opening one per request; reads that wait for their
  // X-Positie hold one for as long as they wait (rate × wait), so the cap per service is generous.
  // With a timeout set, Node drops an idle connection a second before the service's announced
  // keep-alive timeout (its Keep-Alive header), so a request is never sent on one the service is
  // closing (a reset, a 502 for the client); without one it keeps idle connections forever. A request
  // in flight is timed by proxyTimeout instead.
  const agent = new Agent({ keepAlive: true, maxSockets: 2048, timeout: 60_000 });
  app.use(
    createProxyMiddleware({
      agent,
      router: (req) => targets[routeOf(req.method ?? 'GET', (req.url ?? '').split('?')[0]) ?? 'signalen'],
      changeOrigin: false,
      xfwd: true,
      proxyTimeout: 30_000,
      on: {
        error: (_error, _req, res) => {
          if ('writeHead' in res && !res.headersSent) {
            res.writeHead(502, { 'Content-Type': 'application/json' });
            res.end(
              JSON.stringify({
                statusCode: 502,
                code: 'DIENST_ONBEREIKBAAR',
                message: 'De achterliggende dienst is niet bereikbaar.',
              }),
            );
          }
        },
      },
    }),
  );
  return app;
}

const GATEWAY_ENV = {
  NODE_ENV: str({ choices: ['development', 'production', 'test'], default: 'development' }),
  PORT: port({ default: 3000 }),
  SIGNALEN_URL: url({ default: 'http://localhost:3001' }),
  STADSDIENSTEN_URL: url({ default: 'http://localhost:3002' }),
  PROJECTIES_URL: url({ default: 'http://localhost:3003' }),
  AUDIT_URL: url({ default: 'http://localhost:3004' }),
  LOG_LEVEL: str({ choices: LOG_LEVELS, default: 'info' }),
  SHUTDOWN_TIMEOUT_MS: shutdownTimeout({ default: 10_000 }),
};

/** Every variable the gateway reads; anything else in its environment is a mistake. */
export const GATEWAY_VARIABLES = Object.keys(GATEWAY_ENV);

/** The gateway's configuration; envalid stops the process with a message naming any bad variable. */
export const gatewayConfig = (env: NodeJS.ProcessEnv) => cleanEnv(env, GATEWAY_ENV);

if (require.main === module) {
  const env = gatewayConfig(process.env);
  const targets: Record<Service, string> = {
    signalen: env.SIGNALEN_URL,
    stadsdiensten: env.STADSDIENSTEN_URL,
    projecties: env.PROJECTIES_URL,
    audit: env.AUDIT_URL,
  };
  const logger = jsonLogger(env.LOG_LEVEL);
  const server = createGateway(targets).listen(env.PORT, () =>
    logger.info({ url: `http://localhost:${env.PORT}` }, `Gateway op http://localhost:${env.PORT}`),
  );
  // as runService: requests in flight finish (a live stream ends when its service stops), then the
  // sockets left are destroyed; the bound holds whatever the clients do
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      const started = Date.now();
      void drainHttp(server, drainBound(env.SHUTDOWN_TIMEOUT_MS)).then(() => {
        logger.info({ signal, ms: Date.now() - started }, 'Gateway gestopt');
        process.exit(0);
      });
    });
  }
}
