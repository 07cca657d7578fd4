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
});
