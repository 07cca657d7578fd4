// docker-compose.yml cannot run here (no Docker engine), so it is checked by parsing it: every
// service's environment passes the config schema, ports do not clash, images are pinned, each
// service has a health check and each app command points at an app that exists. By default it runs
// the tested path (PostgreSQL as the event store); docker-compose.esdb.yml switches to EventStoreDB
// and says it was never run against a server.
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

/** docker-compose.yml with docker-compose.esdb.yml on top (maps merge, as compose does). */
function withEsdb(): Record<string, Service> {
  const base = load('docker-compose.yml').services as Record<string, Service>;
  const override = load('docker-compose.esdb.yml').services as Record<string, Service>;
  return Object.fromEntries(
    [...new Set([...Object.keys(base), ...Object.keys(override)])].map((name) => [
      name,
      {
        ...base[name],
        ...override[name],
        environment: { ...base[name]?.environment, ...override[name]?.environment },
        depends_on: { ...base[name]?.depends_on, ...override[name]?.depends_on },
      },
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
        'gateway',
        'kafka',
        'mailpit',
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
      expect(config).toMatchObject({ nodeEnv: 'production', kafkaBrokers: ['kafka:9092'] });
      expect(config.esdbConnectionString).toBeUndefined(); // PostgreSQL is the event store
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

  it('with docker-compose.esdb.yml the services use EventStoreDB, and the file says it is untested', () => {
    const stack = withEsdb();
    expect(stack.eventstore.image).toMatch(/^eventstore\/eventstore:\d/);
    for (const [name, service] of apps.filter(([name]) => name !== 'gateway')) {
      const merged = stack[name];
      expect({ name, esdb: loadConfig(merged.environment ?? {}).esdbConnectionString }).toEqual({
        name,
        esdb: 'esdb://eventstore:2113?tls=false',
      });
      expect(Object.keys(merged.depends_on ?? {})).toEqual(
        expect.arrayContaining([...Object.keys(service.depends_on ?? {}), 'eventstore']),
      );
    }
    expect(readFileSync(join(root, 'docker-compose.esdb.yml'), 'utf8')).toMatch(
      /NOT YET RUN AGAINST A REAL EVENTSTOREDB SERVER/,
    );
  });
});
