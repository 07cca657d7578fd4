import { cleanEnv, makeValidator, port, str, url } from 'envalid';

/** A bad configuration value: names every offending variable, stops start-up. */
export class ConfigError extends Error {
  constructor(readonly problems: Record<string, string>) {
    super(
      'Ongeldige configuratie:\n' +
        Object.entries(problems)
          .map(([name, why]) => `  ${name}: ${why}`)
          .join('\n'),
    );
    this.name = 'ConfigError';
  }
}

const secret = makeValidator<string>((value) => {
  if (value.length < 32) throw new Error('must be at least 32 characters');
  return value;
});

const commaList = (value: string): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const brokers = makeValidator<string[]>((value) => {
  const list = commaList(value);
  if (list.length === 0) throw new Error('expected host:port[,host:port...]');
  for (const broker of list) {
    if (!/^[^:\s]+:\d{1,5}$/.test(broker)) throw new Error(`"${broker}" is not host:port`);
  }
  return list;
});

const topic = makeValidator<string>((value) => {
  if (!/^[a-zA-Z0-9._-]{1,200}$/.test(value)) throw new Error('letters, digits, ".", "_" and "-" only');
  return value;
});

const postgresUrl = makeValidator<string>((value) => {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error('not a URL');
  }
  if (!['postgres:', 'postgresql:'].includes(parsed.protocol)) throw new Error('expected postgres://...');
  return value;
});

const positiveInt = makeValidator<number>((value) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error('expected a positive whole number');
  return n;
});

const dates = makeValidator<string[]>((value) => {
  const list = commaList(value);
  for (const date of list) {
    const parsed = Date.parse(date);
    const valid =
      /^\d{4}-\d{2}-\d{2}$/.test(date) &&
      !Number.isNaN(parsed) &&
      new Date(parsed).toISOString().startsWith(date);
    if (!valid) throw new Error(`"${date}" is not a date YYYY-MM-DD`);
  }
  return list;
});

/** Every variable the services read; anything else in their environment is a mistake. */
export const CONFIG_VARIABLES = [
  'NODE_ENV',
  'PORT',
  'DATABASE_URL',
  'SIGNAALSPOOR_DATA_DIR',
  'AUTH_JWT_SECRET',
  'OIDC_ISSUER',
  'OIDC_AUDIENCE',
  'KAFKA_BROKERS',
  'KAFKA_TOPIC',
  'ESDB_CONNECTION_STRING',
  'REFERENCE_DATA_FILE',
  'CONSISTENCY_TIMEOUT_MS',
  'TERMIJN_ONTVANGST_WERKDAGEN',
  'TERMIJN_ANTWOORD_WERKDAGEN',
  'TERMIJN_TERUGKOPPELING_WERKDAGEN',
  'AANVAARDING_DAGEN',
  'FEESTDAGEN',
  'TERMIJNEN_INTERVAL_MS',
  'AUDIT_SIGNING_KEY',
] as const;

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  databaseUrl?: string;
  dataDir: string;
  auth: { jwtSecret?: string; oidcIssuer?: string; oidcAudience?: string };
  kafkaBrokers?: string[];
  /** topic of the event stream; consumer groups and the dead-letter topic derive from it */
  kafkaTopic: string;
  esdbConnectionString?: string;
  referenceDataFile?: string;
  /** how long a read waits for the projections to reach the latest write (read-your-writes) */
  consistencyTimeoutMs: number;
  /** the deadline policy (working days skip weekends and feestdagen) and how often it is checked */
  termijnen: {
    ontvangstWerkdagen: number;
    antwoordDienstWerkdagen: number;
    terugkoppelingWerkdagen: number;
    /** calendar days after the final feedback before a signaal closes itself */
    aanvaardingDagen: number;
    /** public holidays, YYYY-MM-DD */
    feestdagen: string[];
    intervalMs: number;
  };
  /** the secret of the log's seals and checkpoints (unset: a key file in the data dir), never in the database */
  audit: { signingKey?: string };
}

/** Validates the environment once, at start-up. Throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: Record<string, string> = {};
  // An empty variable counts as unset (compose files and shells produce them).
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const e = cleanEnv(
    given,
    {
      NODE_ENV: str({ choices: ['development', 'production', 'test'], default: 'development' }),
      PORT: port({ default: 3000 }),
      DATABASE_URL: postgresUrl({ default: undefined }),
      SIGNAALSPOOR_DATA_DIR: str({ default: './data' }),
      AUTH_JWT_SECRET: secret({ default: undefined }),
      OIDC_ISSUER: url({ default: undefined }),
      OIDC_AUDIENCE: str({ default: undefined }),
      KAFKA_BROKERS: brokers({ default: undefined }),
      KAFKA_TOPIC: topic({ default: 'signaalspoor.events' }),
      ESDB_CONNECTION_STRING: str({ default: undefined }),
      REFERENCE_DATA_FILE: str({ default: undefined }),
      CONSISTENCY_TIMEOUT_MS: positiveInt({ default: 3000 }),
      TERMIJN_ONTVANGST_WERKDAGEN: positiveInt({ default: 5 }),
      TERMIJN_ANTWOORD_WERKDAGEN: positiveInt({ default: 20 }),
      TERMIJN_TERUGKOPPELING_WERKDAGEN: positiveInt({ default: 30 }),
      AANVAARDING_DAGEN: positiveInt({ default: 30 }),
      FEESTDAGEN: dates({ default: [] }),
      TERMIJNEN_INTERVAL_MS: positiveInt({ default: 60_000 }),
      AUDIT_SIGNING_KEY: secret({ default: undefined }),
    },
    {
      reporter: ({ errors }) => {
        for (const [name, error] of Object.entries(errors)) problems[name] = (error as Error).message;
      },
    },
  );
  if (Object.keys(problems).length > 0) throw new ConfigError(problems);
  if (e.NODE_ENV === 'production' && !e.AUTH_JWT_SECRET && !e.OIDC_ISSUER) {
    throw new ConfigError({
      AUTH_JWT_SECRET: 'required in production (or set OIDC_ISSUER to verify tokens against an issuer)',
    });
  }
  if (e.NODE_ENV === 'production' && !e.AUDIT_SIGNING_KEY) {
    throw new ConfigError({
      AUDIT_SIGNING_KEY:
        'required in production: every service must seal and verify the log with the same key, kept out of the database and the data dir',
    });
  }
  return {
    nodeEnv: e.NODE_ENV as Config['nodeEnv'],
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.SIGNAALSPOOR_DATA_DIR,
    auth: { jwtSecret: e.AUTH_JWT_SECRET, oidcIssuer: e.OIDC_ISSUER, oidcAudience: e.OIDC_AUDIENCE },
    kafkaBrokers: e.KAFKA_BROKERS,
    kafkaTopic: e.KAFKA_TOPIC,
    esdbConnectionString: e.ESDB_CONNECTION_STRING,
    referenceDataFile: e.REFERENCE_DATA_FILE,
    consistencyTimeoutMs: e.CONSISTENCY_TIMEOUT_MS,
    termijnen: {
      ontvangstWerkdagen: e.TERMIJN_ONTVANGST_WERKDAGEN,
      antwoordDienstWerkdagen: e.TERMIJN_ANTWOORD_WERKDAGEN,
      terugkoppelingWerkdagen: e.TERMIJN_TERUGKOPPELING_WERKDAGEN,
      aanvaardingDagen: e.AANVAARDING_DAGEN,
      feestdagen: e.FEESTDAGEN,
      intervalMs: e.TERMIJNEN_INTERVAL_MS,
    },
    audit: { signingKey: e.AUDIT_SIGNING_KEY },
  };
}

export const CONFIG = Symbol('CONFIG');
