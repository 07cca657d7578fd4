// The gateway in front of stand-in services on loopback: its readiness is that of every service it
// routes to, and it serves its own metrics.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { Service } from './routes';
import { createGateway } from './main';

describe('gateway', () => {
  const status: Record<Service, number> = { signalen: 200, stadsdiensten: 200, projecties: 200, audit: 200 };
  const servers: Server[] = [];
  let targets: Record<Service, string>;

  const standIn = async (service: Service) => {
    const server = createServer((req, res) => {
      const code = req.url === '/api/health/ready' ? status[service] : 200;
      res.writeHead(code, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ status: code === 200 ? 'ok' : 'error', service }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  beforeAll(async () => {
    targets = {
      signalen: await standIn('signalen'),
      stadsdiensten: await standIn('stadsdiensten'),
      projecties: await standIn('projecties'),
      audit: await standIn('audit'),
    };
  });
  afterAll(() => servers.forEach((server) => server.close()));

  it('is ready only when every service it routes to is ready, and names the one that is not', async () => {
    const gateway = createGateway(targets);
    const ready = await request(gateway).get('/api/health/ready').expect(200);
    expect(ready.body.services.projecties).toMatchObject({ status: 'up' });

    status.projecties = 503;
    const down = await request(gateway).get('/api/health/ready').expect(503);
    expect(down.body).toMatchObject({
      status: 'error',
      services: { signalen: { status: 'up' }, projecties: { status: 'down', statusCode: 503 } },
    });
    status.projecties = 200;
  });

  it('counts a service it cannot reach as not ready', async () => {
    const gateway = createGateway({ ...targets, audit: 'http://127.0.0.1:9' });
    const down = await request(gateway).get('/api/health/ready').expect(503);
    expect(down.body.services.audit).toMatchObject({ status: 'down' });
  });

  it('is live by itself and serves its metrics in Prometheus format', async () => {
    const gateway = createGateway(targets);
    await request(gateway).get('/api/health/live').expect(200);
    const metrics = await request(gateway).get('/api/metrics').expect(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.text).toMatch(/^signaalspoor_process_cpu_user_seconds_total /m);
  });

  it('drops an idle connection to a service before the service may close it, so no request is sent on a closing one', async () => {
    // a service that closes idle connections after 2 s, and says so (Keep-Alive: timeout=2)
    let connections = 0;
    const service = createServer((_req, res) => res.end('{}'));
    service.keepAliveTimeout = 2_000;
    service.on('connection', () => (connections += 1));
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    servers.push(service);
    const base = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
    const gateway = createGateway({ ...targets, signalen: base, projecties: base }).listen(0, '127.0.0.1');
    await new Promise((resolve) => gateway.once('listening', resolve));
    const url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/api/signalen`;
    try {
      await fetch(url).then((res) => res.text());
      await fetch(url).then((res) => res.text());
      expect(connections).toBe(1); // kept alive and reused while busy
      // idle for 1.5 s: the service would still take it, but a request sent now could cross its
      // close on the wire (a reset: a 502 for the client); the gateway has let it go already
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await fetch(url).then((res) => res.text());
      expect(connections).toBe(2);
    } finally {
      gateway.close();
    }
  });
});
