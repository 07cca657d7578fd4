// docker-compose.yml cannot run here (no Docker engine), so it is checked by parsing it: every
// service's environment passes the config schema, ports do not clash, images are pinned, each
// service has a health check and each app command points at an app that exists. By default it runs
// the tested path (PostgreSQL as the event store); docker-compose.esdb.yml switches to EventStoreDB
// and says it was never run against a server.
import { CONFIG_VARIABLES, loadConfig } from '@signaalspoor/config';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { GATEWAY_VARIABLES, gatewayConfig } from '../apps/gateway/src/main';

type Service = {
  image?: string;
  volumes?: string[];
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, unknown>;
};

const root = join(__dirname, '..');
/** What the operator exports before `docker compose up` (the defaults: HS256 tokens, no OIDC). */
const env: Record<string, string> = {
  AUTH_JWT_SECRET: 'a-secret-for-the-compose-test-0123456789',
  AUDIT_SIGNING_KEY: 'an-audit-key-for-the-compose-test-0123456789',
};

/** Compose interpolation of ${VAR}, ${VAR:?message} and ${VAR:-default}. */
const interpolate = (text: string, given: Record<string, string> = env) =>
  text.replace(/\$\{(\w+)(?::?[?-]([^}]*))?\}/g, (_, name: string, fallback?: string) => {
    const value = given[name];
    if (value !== undefined) return value;
    if (fallback === undefined) throw new Error(`\${${name}} has no value`);
    return fallback;
  });

const load = (file: string, given?: Record<string, string>) =>
  parse(interpolate(readFileSync(join(root, file), 'utf8'), given), { merge: true });

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
    const environment = services.gateway.environment ?? {};
    expect(Object.keys(environment).filter((key) => !GATEWAY_VARIABLES.includes(key))).toEqual([]);
    const config = gatewayConfig(environment);
    expect(config.NODE_ENV).toBe('production');
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

describe('docker-compose.yml in production', () => {
  const PRODUCTION = ['NODE_ENV', 'DATABASE_URL', 'SMTP_URL', 'PUBLIC_URL', 'AUDIT_SIGNING_KEY'];
  const OIDC = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_AUDIENCE'];
  const servicesWith = (given: Record<string, string>) =>
    Object.entries(load('docker-compose.yml', given).services as Record<string, Service>).filter(
      ([name, service]) => service.image?.startsWith('signaalspoor:') && name !== 'gateway',
    );

  it.each(apps.filter(([name]) => name !== 'gateway'))(
    '%s: passes every production and sign-in variable on',
    (_, service) => {
      expect(Object.keys(service.environment ?? {})).toEqual(
        expect.arrayContaining([...PRODUCTION, ...OIDC, 'AUTH_JWT_SECRET']),
      );
      expect(service.environment?.NODE_ENV).toBe('production');
    },
  );

  it('given an OIDC issuer and no HS256 secret, then every service starts with OIDC', () => {
    const oidc = {
      AUDIT_SIGNING_KEY: env.AUDIT_SIGNING_KEY,
      OIDC_ISSUER: 'https://login.hasselt.be/realms/signaalspoor',
      OIDC_CLIENT_ID: 'signaalspoor',
      OIDC_AUDIENCE: 'signaalspoor-api',
    };
    for (const [name, service] of servicesWith(oidc)) {
      const config = loadConfig(service.environment ?? {});
      expect({ name, auth: config.auth }).toEqual({
        name,
        auth: { oidcIssuer: oidc.OIDC_ISSUER, oidcAudience: oidc.OIDC_AUDIENCE, jwtSecret: undefined },
      });
      expect(config.web.oidcClientId).toBe('signaalspoor');
    }
  });

  it('given neither an OIDC issuer nor an HS256 secret, then every service refuses to start naming it', () => {
    for (const [, service] of servicesWith({ AUDIT_SIGNING_KEY: env.AUDIT_SIGNING_KEY })) {
      expect(() => loadConfig(service.environment ?? {})).toThrow(/AUTH_JWT_SECRET/);
    }
  });
});

/** The final stage of the Dockerfile: its user, its ENV, its VOLUMEs, and what it makes and chowns. */
function finalStage() {
  const text = readFileSync(join(root, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const stage = text.split(/^FROM /m).at(-1) ?? '';
  const lines = stage.split('\n').map((line) => line.trim());
  const instruction = (name: string) =>
    lines.filter((line) => line.startsWith(`${name} `)).map((line) => line.slice(name.length + 1).trim());
  const envs = Object.fromEntries(
    instruction('ENV').flatMap((line) => [...line.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]])),
  );
  const volumes = instruction('VOLUME').flatMap((line) => JSON.parse(line) as string[]);
  const run = instruction('RUN').join(' && ');
  const chowned = [...run.matchAll(/chown (\S+):\S+ ([^&]+)/g)].flatMap((m) =>
    m[2]
      .trim()
      .split(/\s+/)
      .map((dir) => ({ dir, owner: m[1] })),
  );
  return {
    user: instruction('USER').at(-1),
    envs,
    volumes,
    run,
    chowned,
    workdir: instruction('WORKDIR').at(-1),
  };
}

describe('Dockerfile', () => {
  const image = finalStage();
  const inside = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);

  it('runs as an unprivileged user, in production', () => {
    expect(image.user).toBe('node');
    expect(image.envs.NODE_ENV).toBe('production');
  });

  it('keeps data, checkpoints and keys each on a volume of its own, owned by that user', () => {
    const dirs = {
      data: image.envs.SIGNAALSPOOR_DATA_DIR,
      checkpoints: image.envs.SIGNAALSPOOR_CHECKPOINT_DIR,
      keys: image.envs.SIGNAALSPOOR_KEY_DIR,
    };
    expect(new Set(Object.values(dirs)).size).toBe(3);
    for (const [what, dir] of Object.entries(dirs)) {
      expect({ what, dir, volume: image.volumes.includes(dir) }).toEqual({ what, dir, volume: true });
      expect({ what, owner: image.chowned.find((entry) => entry.dir === dir)?.owner }).toEqual({
        what,
        owner: image.user,
      });
    }
    // the key is never on the database's disk
    expect(inside(dirs.keys, dirs.data)).toBe(false);
    expect(inside(dirs.checkpoints, dirs.data)).toBe(false);
  });

  it('writes nowhere else: every *_DIR it sets is a volume, and the code stays read-only to the app', () => {
    const dirs = Object.entries(image.envs).filter(([name]) => name.endsWith('_DIR'));
    for (const [name, dir] of dirs)
      expect({ name, volume: image.volumes.includes(dir) }).toEqual({ name, volume: true });
    expect(image.chowned.filter((entry) => !image.volumes.includes(entry.dir))).toEqual([]);
    expect(image.run).not.toMatch(/chown\S*\s+\S+\s+\/app\b|chmod\s+\S+\s+\/app\b/);
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).not.toMatch(/COPY --chown/);
  });

  it('the audit service keeps its checkpoints on a named volume, so a recreated container keeps them', () => {
    const compose = load('docker-compose.yml') as { volumes: Record<string, unknown> };
    const mounts = (services.audit.volumes ?? []).map((mount) => mount.split(':'));
    const checkpoints = mounts.find(([, target]) => target === image.envs.SIGNAALSPOOR_CHECKPOINT_DIR);
    expect(checkpoints?.[0]).toMatch(/^[a-z]/); // a named volume, not a host path
    expect(Object.keys(compose.volumes)).toContain(checkpoints?.[0]);
    // no app service overrides where the image writes
    for (const [name, service] of apps) {
      const overridden = Object.keys(service.environment ?? {}).filter((key) => key.endsWith('_DIR'));
      expect({ name, overridden }).toEqual({ name, overridden: [] });
    }
  });
});
