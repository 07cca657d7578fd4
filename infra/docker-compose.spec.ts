// docker-compose.yml cannot run here (no Docker engine), so it is checked by parsing it: every
// service's environment passes the config schema, ports do not clash, images are pinned, each
// service has a health check and each app command points at an app that exists.
import { CONFIG_VARIABLES, loadConfig } from '@signaalspoor/config';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { gatewayConfig } from '../apps/gateway/src/main';

type Service = {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, unknown>;
};

const root = join(__dirname, '..');
const env = {
  AUTH_JWT_SECRET: 'a-secret-for-the-compose-test-0123456789',
  AUDIT_SIGNING_KEY: 'an-audit-key-for-the-compose-test-0123456789',
};

/** Compose interpolation of ${VAR}, ${VAR:?message} and ${VAR:-default}. */
const interpolate = (text: string) =>
  text.replace(/\$\{(\w+)(?::?[?-]([^}]*))?\}/g, (_, name: string, fallback?: string) => {
    const value = env[name as keyof typeof env];
    if (value !== undefined) return value;
    if (fallback === undefined) throw new Error(`\${${name}} has no value`);
    return fallback;
  });

const load = (file: string) => parse(interpolate(readFileSync(join(root, file), 'utf8')), { merge: true });

function merged(): Record<string, Service> {
  const base = load('docker-compose.yml').services as Record<string, Service>;
  const override = load('docker-compose.postgres-store.yml').services as Record<string, Service>;
  return Object.fromEntries(
    Object.entries(base).map(([name, service]) => [
      name,
      { ...service, environment: { ...service.environment, ...override[name]?.environment } },
    ]),
  );
}

const services = load('docker-compose.yml').services as Record<string, Service>;
const apps = Object.entries(services).filter(([, s]) => s.image?.startsWith('signaalspoor:'));

describe('docker-compose.yml', () => {
  it('has the infrastructure and every service', () => {
    expect(Object.keys(services).sort()).toEqual(
      [
        'audit',
        'eventstore',
        'gateway',
        'kafka',
        'postgres',
        'projecties',
        'relay',
        'signalen',
        'stadsdiensten',
      ].sort(),
    );
  });

  it('pins every image to a version', () => {
    for (const [name, service] of Object.entries(services)) {
      const tag = service.image?.split(':')[1];
      expect({ name, tag }).toEqual({ name, tag: expect.stringMatching(/\d/) });
      expect(tag).not.toMatch(/latest/);
    }
  });

  it('gives every service a health check', () => {
    for (const [name, service] of Object.entries(services)) {
      expect({ name, test: service.healthcheck?.test }).toEqual({ name, test: expect.any(Array) });
    }
  });

  it('publishes no host port twice', () => {
    const hostPorts = Object.values(services).flatMap((s) => (s.ports ?? []).map((p) => p.split(':')[0]));
    expect(new Set(hostPorts).size).toBe(hostPorts.length);
    expect(hostPorts).toEqual(['3000']);
  });

  it.each(apps.filter(([name]) => name !== 'gateway'))(
    '%s: its environment passes the config schema',
    (_, service) => {
      const environment = service.environment ?? {};
      expect(
        Object.keys(environment).filter((key) => !(CONFIG_VARIABLES as readonly string[]).includes(key)),
      ).toEqual([]);
      const config = loadConfig(environment);
      expect(config).toMatchObject({
        nodeEnv: 'production',
        kafkaBrokers: ['kafka:9092'],
        esdbConnectionString: expect.any(String),
      });
      expect(config.databaseUrl).toMatch(/@postgres:5432\//);
    },
  );

  it('gateway: its environment passes its schema and names every service', () => {
    const config = gatewayConfig(services.gateway.environment ?? {});
    for (const name of ['signalen', 'stadsdiensten', 'projecties', 'audit']) {
      expect(Object.values(config)).toContain(`http://${name}:3000`);
      expect(services.gateway.depends_on).toHaveProperty(name);
    }
  });

  it.each(apps)('%s: runs an app that exists', (name, service) => {
    const main = service.command?.at(-1) ?? '';
    expect(main).toBe(`dist/apps/${name}/apps/${name}/src/main.js`);
    expect(existsSync(join(root, `apps/${name}/src/main.ts`))).toBe(true);
  });

  it('with docker-compose.postgres-store.yml the services use PostgreSQL as the event store', () => {
    for (const [name, service] of Object.entries(merged()).filter(([, s]) =>
      s.image?.startsWith('signaalspoor:'),
    )) {
      if (name === 'gateway') continue;
      expect({ name, esdb: loadConfig(service.environment ?? {}).esdbConnectionString }).toEqual({
        name,
        esdb: undefined,
      });
    }
  });
});
