import express from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { cleanEnv, port, url } from 'envalid';
import { sessieNaarBearer, webApp } from '@signaalspoor/web';
import { routeOf, type Service } from './routes';

/** One base URL for the distributed stack: proxies each request to its service per ROUTES. */
export function createGateway(targets: Record<Service, string>): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/api/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // the web app: its session cookie becomes a bearer token for the services; / serves the app
  app.use(sessieNaarBearer);
  app.use(webApp());
  app.use(
    createProxyMiddleware({
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

/** The gateway's configuration; envalid stops the process with a message naming any bad variable. */
export const gatewayConfig = (env: NodeJS.ProcessEnv) =>
  cleanEnv(env, {
    PORT: port({ default: 3000 }),
    SIGNALEN_URL: url({ default: 'http://localhost:3001' }),
    STADSDIENSTEN_URL: url({ default: 'http://localhost:3002' }),
    PROJECTIES_URL: url({ default: 'http://localhost:3003' }),
    AUDIT_URL: url({ default: 'http://localhost:3004' }),
  });

if (require.main === module) {
  const env = gatewayConfig(process.env);
  const targets: Record<Service, string> = {
    signalen: env.SIGNALEN_URL,
    stadsdiensten: env.STADSDIENSTEN_URL,
    projecties: env.PROJECTIES_URL,
    audit: env.AUDIT_URL,
  };
  const server = createGateway(targets).listen(env.PORT, () =>
    console.log(`Gateway op http://localhost:${env.PORT}`),
  );
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => server.close(() => process.exit(0)));
  }
}
