import { cleanEnv, makeValidator, port, str, url } from 'envalid';
import { liesInside } from './key-dir';

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

const secrets = makeValidator<string[]>((value) => {
  const list = commaList(value);
  if (list.some((item) => item.length < 32)) throw new Error('each secret must be at least 32 characters');
  return list;
});

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

/** The URL a value holds, if its scheme is one of `protocols`; else the error says what was expected. */
function parseUrl(value: string, protocols: string[], expected: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error('not a URL');
  }
  if (!protocols.includes(parsed.protocol)) throw new Error(`expected ${expected}`);
  return parsed;
}

const HTTP = ['http:', 'https:'];

const postgresUrl = makeValidator<string>((value) => {
  parseUrl(value, ['postgres:', 'postgresql:'], 'postgres://...');
  return value;
});

const wholeNumber = makeValidator<number>((value) => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new Error('expected a whole number, 0 or more');
  return n;
});

const positiveInt = makeValidator<number>((value) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error('expected a positive whole number');
  return n;
});

/** Long enough to stop the modules after the requests (1 s), short enough for an orchestrator (10 min). */
export const shutdownTimeout = makeValidator<number>((value) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1_000 || n > 600_000) {
    throw new Error('expected a whole number of milliseconds from 1000 to 600000');
  }
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

/** An explicit choice: `ja` or `nee` (unset: nee). */
const jaNee = makeValidator<boolean>((value) => {
  if (value !== 'ja' && value !== 'nee') throw new Error('expected ja or nee');
  return value === 'ja';
});

const smtpUrl = makeValidator<string>((value) => {
  parseUrl(value, ['smtp:', 'smtps:'], 'smtp://host:port or smtps://...');
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

const mailList = makeValidator<string[]>((value) => {
  const list = commaList(value);
  if (list.length === 0) throw new Error('expected address[,address...]');
  for (const address of list) {
    if (!/^[^\s@<>,]+@[^\s@<>,]+\.[^\s@<>,]+$/.test(address))
      throw new Error(`"${address}" is not an e-mail address`);
  }
  return list;
});

/** OpenStreetMap's standard tiles: the map's default (its usage policy asks for the attribution). */
export const STANDAARD_TEGELS_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/**
 * A tile URL template (Leaflet's): http(s), with {z}, {x} and {y}; {s} and {r} are allowed too. The
 * gateway validates its KAART_TEGELS_URL with it as well.
 */
export const tegelsUrl = makeValidator<string>((value) => {
  parseUrl(value.replace(/\{[a-z]\}/g, '0'), HTTP, 'http(s)://...');
  for (const deel of ['{z}', '{x}', '{y}']) {
    if (!value.includes(deel))
      throw new Error(`expected a tile template with {z}, {x} and {y} (missing ${deel})`);
  }
  return value;
});

const webhookUrl = makeValidator<string>((value) => {
  parseUrl(value, HTTP, 'http(s)://...');
  return value;
});

const publicUrl = makeValidator<string>((value) => {
  const expected = 'http(s)://host[/path] without query or fragment';
  const parsed = parseUrl(value, HTTP, expected);
  if (parsed.search || parsed.hash) throw new Error(`expected ${expected}`);
  return value.replace(/\/+$/, '');
});

/** Every variable the services read; anything else in their environment is a mistake. */
export const CONFIG_VARIABLES = [
  'NODE_ENV',
  'PORT',
  'DATABASE_URL',
  'SIGNAALSPOOR_DATA_DIR',
  'SIGNAALSPOOR_CHECKPOINT_DIR',
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
  'SIGNAALSPOOR_EMBEDDED_DB',
  'SIGNAALSPOOR_DEMODATA',
  'SESSION_IDLE_MINUTES',
  'LOG_LEVEL',
  'SHUTDOWN_TIMEOUT_MS',
  'AUDIT_SIGNING_KEY_FILE',
  'SIGNAALSPOOR_KEY_DIR',
  'PGDATA',
  'AUDIT_WITNESS_URL',
  'AUDIT_WITNESS_MAIL',
  'AUDIT_WITNESS_MAIL_INTERVAL_MS',
  'AUDIT_SIGNING_KEYS_PREVIOUS',
  'AUTH_JWT_SECRETS_PREVIOUS',
  'HTTP_HEADERS_TIMEOUT_MS',
  'HTTP_REQUEST_TIMEOUT_MS',
  'HTTP_KEEP_ALIVE_TIMEOUT_MS',
  'HTTP_TRUST_PROXY',
  'RATE_LIMIT_USER_PER_MINUTE',
  'RATE_LIMIT_ADDRESS_PER_MINUTE',
  'CONCURRENCY_PER_CLIENT',
  'SHED_MAX_IN_FLIGHT',
  'SHED_MAX_EVENT_LOOP_DELAY_MS',
  'CONNECTIONS_PER_ADDRESS',
  'KAART_TEGELS_URL',
  'KAART_ATTRIBUTIE',
] as const;

/** The levels of LOG_LEVEL, most verbose first (pino's names). */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  databaseUrl?: string;
  dataDir: string;
  /** SIGNAALSPOOR_CHECKPOINT_DIR: the signed checkpoints' file (audit-checkpoints.jsonl); unset, the data dir */
  checkpointDir: string;
  /**
   * jwtSecret verifies HS256 tokens (service tokens, demo users), oidcIssuer the issuer's tokens
   * (people); with both set, both are accepted, each by its own algorithms. oidcAudience is
   * OIDC_AUDIENCE, outside production OIDC_CLIENT_ID when unset: never "any audience".
   */
  auth: { jwtSecret?: string; previousJwtSecrets: string[]; oidcIssuer?: string; oidcAudience?: string };
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
  /**
   * SIGNAALSPOOR_KEY_DIR: the person keys' KEK generations and, outside production, the generated
   * secrets (the log's key, the demo JWT secret); never the data dir or inside it, never inside PGDATA
   */
  keyDir: string;
  /** the secret of the log's seals and checkpoints, and who witnesses its checkpoints */
  audit: {
    /** AUDIT_SIGNING_KEY; unset, AUDIT_SIGNING_KEY_FILE or (outside production) the key dir's file */
    signingKey?: string;
    /** AUDIT_SIGNING_KEYS_PREVIOUS: earlier secrets, oldest first; old seals and checkpoints verify with them */
    previousSigningKeys: string[];
    /** AUDIT_SIGNING_KEY_FILE: a mounted secret file holding the key; never on the database's disk */
    signingKeyFile?: string;
    /** AUDIT_WITNESS_URL: each signed checkpoint is POSTed there as JSON */
    witnessUrl?: string;
    /** AUDIT_WITNESS_MAIL: the auditors' mailbox(es), mailed the newest checkpoint */
    witnessMail: string[];
    /** at most one witness mail per this many ms */
    witnessMailIntervalMs: number;
  };
  /** SIGNAALSPOOR_EMBEDDED_DB=ja: the embedded PostgreSQL in production was chosen, not fallen into */
  embeddedDatabaseChosen: boolean;
  /** SIGNAALSPOOR_DEMODATA=ja: the Hasselt demo reference data in production was chosen */
  demoDataChosen: boolean;
  /** the web app's server-side sessions (libs/web): ended after this long without a request */
  session: { idleMinutes: number };
  /** LOG_LEVEL: the least severe level written to stdout (one JSON object a line) */
  logLevel: LogLevel;
  /** SHUTDOWN_TIMEOUT_MS: on SIGTERM or SIGINT, the process exits within this time whatever its clients do */
  shutdownTimeoutMs: number;
  /** what one client may ask of the HTTP edge, and when the process refuses new work (docs/operations.md, Limits) */
  limits: {
    /** the whole request head must arrive within this (slow headers: 408, connection closed) */
    headersTimeoutMs: number;
    /** the whole request, body included, must arrive within this */
    requestTimeoutMs: number;
    /** how long an idle keep-alive connection stays open */
    keepAliveTimeoutMs: number;
    /** reverse proxies in front whose X-Forwarded-For is believed (0: none, the peer is the client) */
    trustProxy: number;
    /** requests per minute of one signed-in identity (rol and sub of its token) */
    userPerMinute: number;
    /** requests per minute of one address without a valid token (public pages, Open311, sign-in) */
    addressPerMinute: number;
    /** requests one identity or address may have in progress at once (the SSE stream not counted) */
    concurrencyPerClient: number;
    /** requests in progress in the process above which new work gets a 503 */
    shedMaxInFlight: number;
    /** event-loop delay (p99 over the last half second) above which new work gets a 503 */
    shedMaxEventLoopDelayMs: number;
    /** open connections one address may have (only without a reverse proxy: trustProxy 0) */
    connectionsPerAddress: number;
  };
  kaart: { tegelsUrl: string; attributie: string };
}

/** Validates the environment once, at start-up. Throws ConfigError naming each bad variable. */
/** The deadline policy's variables: loadConfig's, and all termijnBeleid reads. */
const TERMIJN_VARIABELEN = {
  TERMIJN_ONTVANGST_WERKDAGEN: positiveInt({ default: 5 }),
  TERMIJN_ANTWOORD_WERKDAGEN: positiveInt({ default: 20 }),
  TERMIJN_TERUGKOPPELING_WERKDAGEN: positiveInt({ default: 30 }),
  AANVAARDING_DAGEN: positiveInt({ default: 30 }),
  FEESTDAGEN: dates({ default: [] }),
};

type TermijnVariabelen = {
  [K in keyof typeof TERMIJN_VARIABELEN]: ReturnType<(typeof TERMIJN_VARIABELEN)[K]['_parse']>;
};

const beleidUit = (e: TermijnVariabelen): Omit<Config['termijnen'], 'intervalMs'> => ({
  ontvangstWerkdagen: e.TERMIJN_ONTVANGST_WERKDAGEN,
  antwoordDienstWerkdagen: e.TERMIJN_ANTWOORD_WERKDAGEN,
  terugkoppelingWerkdagen: e.TERMIJN_TERUGKOPPELING_WERKDAGEN,
  aanvaardingDagen: e.AANVAARDING_DAGEN,
  extraVrijeDagen: e.FEESTDAGEN,
});

/**
 * The deadline policy alone, for a tool that needs nothing else of the configuration (the audit
 * CLI's replay rebuilds the signaal view, whose deadline order depends on it). Same variables,
 * defaults and checks as loadConfig; a bad value throws a ConfigError naming it.
 */
export function termijnBeleid(env: NodeJS.ProcessEnv = process.env): Omit<Config['termijnen'], 'intervalMs'> {
  const problems: Record<string, string> = {};
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const e = cleanEnv(given, TERMIJN_VARIABELEN, {
    reporter: ({ errors }) => {
      for (const [name, error] of Object.entries(errors)) problems[name] = (error as Error).message;
    },
  });
  if (Object.keys(problems).length) throw new ConfigError(problems);
  return beleidUit(e);
}

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
      SIGNAALSPOOR_CHECKPOINT_DIR: str({ default: undefined }),
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
      ...TERMIJN_VARIABELEN,
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
      SIGNAALSPOOR_EMBEDDED_DB: jaNee({ default: false }),
      SIGNAALSPOOR_DEMODATA: jaNee({ default: false }),
      SESSION_IDLE_MINUTES: positiveInt({ default: 30 }),
      LOG_LEVEL: str({ choices: LOG_LEVELS, default: 'info' }),
      SHUTDOWN_TIMEOUT_MS: shutdownTimeout({ default: 10_000 }),
      AUDIT_SIGNING_KEY_FILE: str({ default: undefined }),
      SIGNAALSPOOR_KEY_DIR: str({ default: './keys' }),
      PGDATA: str({ default: undefined }),
      AUDIT_WITNESS_URL: webhookUrl({ default: undefined }),
      AUDIT_WITNESS_MAIL: mailList({ default: [] }),
      AUDIT_WITNESS_MAIL_INTERVAL_MS: positiveInt({ default: 60 * 60_000 }),
      AUDIT_SIGNING_KEYS_PREVIOUS: secrets({ default: [] }),
      AUTH_JWT_SECRETS_PREVIOUS: secrets({ default: [] }),
      HTTP_HEADERS_TIMEOUT_MS: positiveInt({ default: 10_000 }),
      HTTP_REQUEST_TIMEOUT_MS: positiveInt({ default: 30_000 }),
      HTTP_KEEP_ALIVE_TIMEOUT_MS: positiveInt({ default: 5_000 }),
      HTTP_TRUST_PROXY: wholeNumber({ default: 0 }),
      RATE_LIMIT_USER_PER_MINUTE: positiveInt({ default: 600 }),
      RATE_LIMIT_ADDRESS_PER_MINUTE: positiveInt({ default: 300 }),
      CONCURRENCY_PER_CLIENT: positiveInt({ default: 8 }),
      SHED_MAX_IN_FLIGHT: positiveInt({ default: 200 }),
      SHED_MAX_EVENT_LOOP_DELAY_MS: positiveInt({ default: 500 }),
      CONNECTIONS_PER_ADDRESS: positiveInt({ default: 100 }),
      KAART_TEGELS_URL: tegelsUrl({ default: STANDAARD_TEGELS_URL }),
      KAART_ATTRIBUTIE: str({ default: '© OpenStreetMap-bijdragers' }),
    },
    {
      reporter: ({ errors }) => {
        for (const [name, error] of Object.entries(errors)) problems[name] = (error as Error).message;
      },
    },
  );
  // a bad value is already a problem (and envalid throws when it is read): the checks see it unset
  const v = <K extends keyof typeof e>(name: K) => (name in problems ? undefined : e[name]);
  const production = v('NODE_ENV') === 'production';
  // Every problem at once, so that an operator fixes them in one go instead of one per start.
  const problem = (name: string, why: string) => {
    problems[name] ??= why;
  };
  if (production && !v('AUTH_JWT_SECRET') && !v('OIDC_ISSUER')) {
    problem(
      'AUTH_JWT_SECRET',
      'required in production (or set OIDC_ISSUER to verify tokens against an issuer)',
    );
  }
  const oidcAudience = v('OIDC_AUDIENCE') ?? (production ? undefined : v('OIDC_CLIENT_ID'));
  if (v('OIDC_ISSUER') && !oidcAudience) {
    problem(
      'OIDC_AUDIENCE',
      production
        ? 'required in production with OIDC_ISSUER: without it a token minted for any client of the provider would be accepted'
        : 'required with OIDC_ISSUER (or OIDC_CLIENT_ID, taken as the audience outside production): without it a token minted for any client of the provider would be accepted',
    );
  }
  const lockMs = v('DB_LOCK_TIMEOUT_MS');
  const statementMs = v('DB_STATEMENT_TIMEOUT_MS');
  if (lockMs !== undefined && statementMs !== undefined && lockMs >= statementMs) {
    problem(
      'DB_LOCK_TIMEOUT_MS',
      `must be below DB_STATEMENT_TIMEOUT_MS (${statementMs}), or a lock wait never ends as a lock timeout`,
    );
  }
  if (production && !v('AUDIT_SIGNING_KEY') && !v('AUDIT_SIGNING_KEY_FILE')) {
    problem(
      'AUDIT_SIGNING_KEY',
      'required in production (or AUDIT_SIGNING_KEY_FILE, a mounted secret): every service must seal and verify the log with the same key, kept out of the database and off its disk',
    );
  }
  if (v('AUDIT_SIGNING_KEY') && v('AUDIT_SIGNING_KEY_FILE')) {
    problem('AUDIT_SIGNING_KEY_FILE', 'set either AUDIT_SIGNING_KEY or AUDIT_SIGNING_KEY_FILE');
  }
  // whoever has the database's disk must not have the key too
  const databaseDirs = [
    { name: 'SIGNAALSPOOR_DATA_DIR', dir: v('SIGNAALSPOOR_DATA_DIR') },
    ...(v('PGDATA') ? [{ name: 'PGDATA', dir: v('PGDATA') }] : []),
  ];
  for (const variable of ['AUDIT_SIGNING_KEY_FILE', 'SIGNAALSPOOR_KEY_DIR'] as const) {
    const path = v(variable);
    const inside = path && databaseDirs.find(({ dir }) => dir && liesInside(path, dir));
    if (inside) {
      problem(
        variable,
        `${path} lies inside the database's data dir (${inside.name}=${inside.dir}): whoever has that disk would have the key too; keep keys on another disk or in the environment`,
      );
    }
  }
  if (production && (v('AUDIT_WITNESS_MAIL') ?? []).length > 0 && !v('SMTP_URL')) {
    problem('AUDIT_WITNESS_MAIL', 'needs SMTP_URL in production');
  }
  if (production && !v('DATABASE_URL') && !v('SIGNAALSPOOR_EMBEDDED_DB')) {
    problem(
      'DATABASE_URL',
      'required in production (or SIGNAALSPOOR_EMBEDDED_DB=ja to run the embedded PostgreSQL in SIGNAALSPOOR_DATA_DIR on purpose)',
    );
  }
  if (production && !v('REFERENCE_DATA_FILE') && !v('SIGNAALSPOOR_DEMODATA')) {
    problem(
      'REFERENCE_DATA_FILE',
      "required in production: the city's raden, diensten and their addresses (or SIGNAALSPOOR_DEMODATA=ja for the Hasselt demo set, whose mails go to made-up addresses)",
    );
  }
  if (production && !v('SMTP_URL')) {
    problem('SMTP_URL', 'required in production: without it no notification mail leaves the app');
  }
  if (production && !v('PUBLIC_URL')) {
    problem(
      'PUBLIC_URL',
      'required in production: the address people reach the app at (links in mails, the OIDC redirect)',
    );
  }
  const headersMs = v('HTTP_HEADERS_TIMEOUT_MS');
  const requestMs = v('HTTP_REQUEST_TIMEOUT_MS');
  const keepAliveMs = v('HTTP_KEEP_ALIVE_TIMEOUT_MS');
  if (headersMs !== undefined && requestMs !== undefined && headersMs > requestMs) {
    problem(
      'HTTP_HEADERS_TIMEOUT_MS',
      `must not exceed HTTP_REQUEST_TIMEOUT_MS (${requestMs}): the head is part of the request`,
    );
  }
  if (keepAliveMs !== undefined && headersMs !== undefined && keepAliveMs >= headersMs) {
    problem(
      'HTTP_KEEP_ALIVE_TIMEOUT_MS',
      `must be below HTTP_HEADERS_TIMEOUT_MS (${headersMs}), or an idle connection outlives the wait for a head`,
    );
  }
  if (Object.keys(problems).length > 0) throw new ConfigError(problems);
  return {
    nodeEnv: e.NODE_ENV as Config['nodeEnv'],
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.SIGNAALSPOOR_DATA_DIR,
    checkpointDir: e.SIGNAALSPOOR_CHECKPOINT_DIR ?? e.SIGNAALSPOOR_DATA_DIR,
    auth: {
      jwtSecret: e.AUTH_JWT_SECRET,
      previousJwtSecrets: e.AUTH_JWT_SECRETS_PREVIOUS,
      oidcIssuer: e.OIDC_ISSUER,
      oidcAudience,
    },
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
    termijnen: { ...beleidUit(e), intervalMs: e.TERMIJNEN_INTERVAL_MS },
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
    keyDir: e.SIGNAALSPOOR_KEY_DIR,
    audit: {
      signingKey: e.AUDIT_SIGNING_KEY,
      previousSigningKeys: e.AUDIT_SIGNING_KEYS_PREVIOUS,
      signingKeyFile: e.AUDIT_SIGNING_KEY_FILE,
      witnessUrl: e.AUDIT_WITNESS_URL,
      witnessMail: e.AUDIT_WITNESS_MAIL,
      witnessMailIntervalMs: e.AUDIT_WITNESS_MAIL_INTERVAL_MS,
    },
    embeddedDatabaseChosen: e.SIGNAALSPOOR_EMBEDDED_DB,
    demoDataChosen: e.SIGNAALSPOOR_DEMODATA,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES },
    logLevel: e.LOG_LEVEL as LogLevel,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    limits: {
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      trustProxy: e.HTTP_TRUST_PROXY,
      userPerMinute: e.RATE_LIMIT_USER_PER_MINUTE,
      addressPerMinute: e.RATE_LIMIT_ADDRESS_PER_MINUTE,
      concurrencyPerClient: e.CONCURRENCY_PER_CLIENT,
      shedMaxInFlight: e.SHED_MAX_IN_FLIGHT,
      shedMaxEventLoopDelayMs: e.SHED_MAX_EVENT_LOOP_DELAY_MS,
      connectionsPerAddress: e.CONNECTIONS_PER_ADDRESS,
    },
    kaart: { tegelsUrl: e.KAART_TEGELS_URL, attributie: e.KAART_ATTRIBUTIE },
  };
}

export const CONFIG = Symbol('CONFIG');
