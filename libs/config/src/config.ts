import { isAbsolute, relative, resolve } from 'node:path';
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

/** At least one connection for each pool of a process and its listener (libs/database budget.ts). */
const poolMax = makeValidator<number>((value) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 4) throw new Error('expected a whole number of at least 4');
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

const smtpUrl = makeValidator<string>((value) => {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error('not a URL');
  }
  if (!['smtp:', 'smtps:'].includes(parsed.protocol))
    throw new Error('expected smtp://host:port or smtps://...');
  return value;
});

const mailFrom = makeValidator<string>((value) => {
  // an address, or a display name with the address in angle brackets
  if (
    !/^(?:[^<>@\r\n]*<[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+)$/.test(value.trim())
  ) {
    throw new Error('expected an e-mail address, e.g. "Signaalspoor <signaalspoor@hasselt.be>"');
  }
  return value.trim();
});

const publicUrl = makeValidator<string>((value) => {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error('not a URL');
  }
  if (!['http:', 'https:'].includes(parsed.protocol) || parsed.search || parsed.hash) {
    throw new Error('expected http(s)://host[/path] without query or fragment');
  }
  return value.replace(/\/+$/, '');
});

/** Every variable the services read; anything else in their environment is a mistake. */
export const CONFIG_VARIABLES = [
  'NODE_ENV',
  'PORT',
  'DATABASE_URL',
  'SIGNAALSPOOR_DATA_DIR',
  'SIGNAALSPOOR_KEY_DIR',
  'AUTH_JWT_SECRET',
  'OIDC_ISSUER',
  'OIDC_AUDIENCE',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'PUBLIC_URL',
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
  'DB_LOCK_TIMEOUT_MS',
  'DB_STATEMENT_TIMEOUT_MS',
  'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS',
  'DB_POOL_MAX',
  'READY_MAX_LAG_EVENTS',
  'READY_MAX_LAG_SECONDS',
  'SMTP_URL',
  'MAIL_FROM',
  'AUDIT_SIGNING_KEY',
] as const;

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  databaseUrl?: string;
  dataDir: string;
  /** SIGNAALSPOOR_KEY_DIR: keys kept off the database and its disk (the person keys' KEK); never inside dataDir */
  keyDir: string;
  auth: { jwtSecret?: string; oidcIssuer?: string; oidcAudience?: string };
  /** the web app's login (libs/web): the OIDC client, and the URL the browser reaches the app at */
  web: { oidcClientId?: string; oidcClientSecret?: string; publicUrl?: string };
  kafkaBrokers?: string[];
  /** topic of the event stream; consumer groups and the dead-letter topic derive from it */
  kafkaTopic: string;
  esdbConnectionString?: string;
  referenceDataFile?: string;
  /** how long a read waits for the projections to reach the latest write (read-your-writes) */
  consistencyTimeoutMs: number;
  /** a service whose consumers lag more than this is not ready */
  readiness: { maxLagEvents: number; maxLagSeconds: number };
  /** the deadline policy (working days skip weekends, public holidays and extra days) and how often it is checked */
  termijnen: {
    ontvangstWerkdagen: number;
    antwoordDienstWerkdagen: number;
    terugkoppelingWerkdagen: number;
    /** calendar days after the final feedback before a signaal closes itself */
    aanvaardingDagen: number;
    /** FEESTDAGEN: local days off on top of the Belgian public holidays, YYYY-MM-DD */
    extraVrijeDagen: string[];
    intervalMs: number;
  };
  /** session timeouts of every database connection: lock wait, statement, idle in transaction (ms) */
  databaseTimeouts: { lockMs: number; statementMs: number; idleInTransactionMs: number };
  /** DB_POOL_MAX: the most PostgreSQL connections this process holds; unset, its composition's budget */
  databasePoolMax?: number;
  /** e-mail notifications: without smtpUrl, mails go to the log and GET /api/beheer/mails */
  mail: {
    smtpUrl?: string;
    from: string;
    /** base URL of the web app for links in mails, without a trailing slash */
    publicUrl: string;
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
      SIGNAALSPOOR_KEY_DIR: str({ default: './keys' }),
      AUTH_JWT_SECRET: secret({ default: undefined }),
      OIDC_ISSUER: url({ default: undefined }),
      OIDC_AUDIENCE: str({ default: undefined }),
      OIDC_CLIENT_ID: str({ default: undefined }),
      OIDC_CLIENT_SECRET: str({ default: undefined }),
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
      DB_LOCK_TIMEOUT_MS: positiveInt({ default: 3_000 }),
      DB_STATEMENT_TIMEOUT_MS: positiveInt({ default: 30_000 }),
      DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: positiveInt({ default: 30_000 }),
      DB_POOL_MAX: poolMax({ default: undefined }),
      READY_MAX_LAG_EVENTS: positiveInt({ default: 10_000 }),
      READY_MAX_LAG_SECONDS: positiveInt({ default: 30 }),
      SMTP_URL: smtpUrl({ default: undefined }),
      MAIL_FROM: mailFrom({ default: 'Signaalspoor <signaalspoor@example.org>' }),
      PUBLIC_URL: publicUrl({ default: undefined }),
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
  if (e.DB_LOCK_TIMEOUT_MS >= e.DB_STATEMENT_TIMEOUT_MS) {
    throw new ConfigError({
      DB_LOCK_TIMEOUT_MS: `must be below DB_STATEMENT_TIMEOUT_MS (${e.DB_STATEMENT_TIMEOUT_MS}), or a lock wait never ends as a lock timeout`,
    });
  }
  if (isInside(e.SIGNAALSPOOR_KEY_DIR, e.SIGNAALSPOOR_DATA_DIR)) {
    throw new ConfigError({
      SIGNAALSPOOR_KEY_DIR: `must not be (inside) SIGNAALSPOOR_DATA_DIR (${e.SIGNAALSPOOR_DATA_DIR}): whoever has the data dir or a copy of it must not have the keys`,
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
    keyDir: e.SIGNAALSPOOR_KEY_DIR,
    auth: { jwtSecret: e.AUTH_JWT_SECRET, oidcIssuer: e.OIDC_ISSUER, oidcAudience: e.OIDC_AUDIENCE },
    web: {
      oidcClientId: e.OIDC_CLIENT_ID,
      oidcClientSecret: e.OIDC_CLIENT_SECRET,
      publicUrl: e.PUBLIC_URL,
    },
    kafkaBrokers: e.KAFKA_BROKERS,
    kafkaTopic: e.KAFKA_TOPIC,
    esdbConnectionString: e.ESDB_CONNECTION_STRING,
    referenceDataFile: e.REFERENCE_DATA_FILE,
    consistencyTimeoutMs: e.CONSISTENCY_TIMEOUT_MS,
    readiness: { maxLagEvents: e.READY_MAX_LAG_EVENTS, maxLagSeconds: e.READY_MAX_LAG_SECONDS },
    termijnen: {
      ontvangstWerkdagen: e.TERMIJN_ONTVANGST_WERKDAGEN,
      antwoordDienstWerkdagen: e.TERMIJN_ANTWOORD_WERKDAGEN,
      terugkoppelingWerkdagen: e.TERMIJN_TERUGKOPPELING_WERKDAGEN,
      aanvaardingDagen: e.AANVAARDING_DAGEN,
      extraVrijeDagen: e.FEESTDAGEN,
      intervalMs: e.TERMIJNEN_INTERVAL_MS,
    },
    databaseTimeouts: {
      lockMs: e.DB_LOCK_TIMEOUT_MS,
      statementMs: e.DB_STATEMENT_TIMEOUT_MS,
      idleInTransactionMs: e.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    databasePoolMax: e.DB_POOL_MAX,
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    },
    audit: { signingKey: e.AUDIT_SIGNING_KEY },
  };
}

/** The dir of the keys kept off the database's disk (SIGNAALSPOOR_KEY_DIR), resolved. */
export const keyDirOf = (config: Pick<Config, 'keyDir'>): string => resolve(config.keyDir);

function isInside(dir: string, parent: string): boolean {
  const path = relative(resolve(parent), resolve(dir));
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

export const CONFIG = Symbol('CONFIG');
