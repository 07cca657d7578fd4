import type { IncomingMessage, ServerResponse } from 'node:http';
import { accessLogFields, accessLogLevel, serviceLogger } from './logging';

describe('serviceLogger', () => {
  // nestjs-pino keeps the first logger of a process (here: of this test file) for lines outside a request
  const lines: string[] = [];
  const logger = serviceLogger('info', { write: (line: string) => lines.push(line) });
  beforeEach(() => lines.splice(0));

  const parsed = () =>
    lines
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));

  it('writes one JSON object a line, with the level by name, the time in UTC and the context', () => {
    logger.log('Signaalspoor draait', 'Test');
    logger.warn({ msg: 'PostgreSQL niet bereikbaar', reden: 'ECONNREFUSED' }, 'Platform');
    expect(lines.join('')).not.toContain('\u001b[');
    const [info, warn] = parsed();
    expect(info).toMatchObject({ level: 'info', msg: 'Signaalspoor draait', context: 'Test' });
    expect(info.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(warn).toMatchObject({ level: 'warn', msg: 'PostgreSQL niet bereikbaar', reden: 'ECONNREFUSED' });
  });

  it('keeps a value with CR, LF and a forged line on one line', () => {
    const titel = 'Lamp\r\n{"level":"info","msg":"checkpoint {\\"positie\\":1}"}\nstuk';
    logger.log({ msg: 'Mail', onderwerp: titel }, 'Meldingen');
    expect(lines.join('').split('\n').filter(Boolean)).toHaveLength(1);
    expect(parsed()[0].onderwerp).toBe(titel);
  });

  it("puts Nest's own start-up lines (modules loaded, routes mapped) at debug, keeping everything else", () => {
    logger.log('PlatformModule dependencies initialized', 'InstanceLoader');
    logger.log('Mapped {/api/signalen, GET} route', 'RouterExplorer');
    logger.log('Nest application successfully started', 'NestApplication');
    logger.log('Signaalspoor draait', 'Test');
    expect(parsed().map((line) => line.msg)).toEqual(['Signaalspoor draait']);
  });
});

describe('accessLogFields', () => {
  it('gives method, route pattern, status, time and role; never a header or the query string', () => {
    const req = {
      method: 'GET',
      originalUrl: '/api/signalen/5c3e?q=jan',
      baseUrl: '',
      route: { path: '/api/signalen/:id' },
      headers: { authorization: 'Bearer geheim', cookie: 'sessie=geheim' },
      gebruiker: { sub: 'u1', rol: 'raad', raadId: 'dr-kermt' },
    } as unknown as IncomingMessage;
    const fields = accessLogFields(req, { statusCode: 200 } as ServerResponse, 12);
    expect(fields).toEqual({ method: 'GET', route: '/api/signalen/:id', status: 200, ms: 12, rol: 'raad' });
    const unmatched = {
      method: 'GET',
      originalUrl: '/api/nergens?token=geheim',
      headers: {},
    } as unknown as IncomingMessage;
    expect(
      JSON.stringify(accessLogFields(unmatched, { statusCode: 404 } as ServerResponse, 1)),
    ).not.toContain('geheim');
  });
});

describe('accessLogLevel', () => {
  const request = (path: string) =>
    ({ method: 'GET', originalUrl: path, headers: {} }) as unknown as IncomingMessage;
  const level = (path: string, statusCode: number) =>
    accessLogLevel(request(path), { statusCode } as ServerResponse, statusCode >= 500);

  it('logs probes and scrapes at debug, a probe that answers 503 too (ProbeLog reports each change once)', () => {
    expect(level('/api/health/live', 200)).toBe('debug');
    expect(level('/api/metrics', 200)).toBe('debug');
    expect(level('/api/health/ready', 503)).toBe('debug');
  });

  it('logs a probe that fails otherwise, and every other 5xx, at error; other requests at info', () => {
    expect(level('/api/health/ready', 500)).toBe('error');
    expect(level('/api/signalen', 503)).toBe('error');
    expect(level('/api/signalen', 404)).toBe('info');
    expect(level('/api/signalen', 200)).toBe('info');
  });
});
