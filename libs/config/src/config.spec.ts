import { ConfigError, loadConfig, termijnBeleid } from './config';

/** what loadConfig refuses, by variable; none when it starts */
const problemsOf = (env: NodeJS.ProcessEnv): Record<string, string> => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return {};
};

describe('loadConfig', () => {
  it('gives the embedded defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, dataDir: './data', nodeEnv: 'development' });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.kafkaBrokers).toBeUndefined();
  });

  it('keeps the checkpoints in the data dir unless SIGNAALSPOOR_CHECKPOINT_DIR names a dir of their own', () => {
    expect(loadConfig({ SIGNAALSPOOR_DATA_DIR: '/d' }).checkpointDir).toBe('/d');
    expect(loadConfig({ SIGNAALSPOOR_DATA_DIR: '/d', SIGNAALSPOOR_CHECKPOINT_DIR: '/c' }).checkpointDir).toBe(
      '/c',
    );
  });

  it('takes earlier audit keys, oldest first, each at least 32 characters', () => {
    const eerste = 'a'.repeat(32);
    const tweede = 'b'.repeat(40);
    expect(loadConfig({}).audit.previousSigningKeys).toEqual([]);
    expect(
      loadConfig({ AUDIT_SIGNING_KEYS_PREVIOUS: `${eerste}, ${tweede}` }).audit.previousSigningKeys,
    ).toEqual([eerste, tweede]);
    expect(() => loadConfig({ AUDIT_SIGNING_KEYS_PREVIOUS: `${eerste},kort` })).toThrow(
      /AUDIT_SIGNING_KEYS_PREVIOUS: each secret must be at least 32 characters/,
    );
  });

  it('names every bad variable', () => {
    const attempt = () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', KAFKA_BROKERS: 'nohost' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      expect(Object.keys((error as ConfigError).problems).sort()).toEqual([
        'DATABASE_URL',
        'KAFKA_BROKERS',
        'PORT',
      ]);
      expect((error as ConfigError).message).toContain('KAFKA_BROKERS: "nohost" is not host:port');
    }
  });

  it('refuses a short secret', () => {
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(/AUTH_JWT_SECRET/);
  });

  it('refuses a short audit signing key', () => {
    expect(() => loadConfig({ AUDIT_SIGNING_KEY: 'short' })).toThrow(/AUDIT_SIGNING_KEY/);
    expect(loadConfig({ AUDIT_SIGNING_KEY: 'k'.repeat(32) }).audit.signingKey).toHaveLength(32);
  });

  /** What production needs; each test takes one thing away or adds one. */
  const PRODUCTION = {
    NODE_ENV: 'production',
    AUTH_JWT_SECRET: 'x'.repeat(32),
    AUDIT_SIGNING_KEY: 'k'.repeat(32),
    DATABASE_URL: 'postgres://signaalspoor@db/signaalspoor',
    REFERENCE_DATA_FILE: '/etc/signaalspoor/referentie.json',
    SMTP_URL: 'smtp://mail.hasselt.be:25',
    PUBLIC_URL: 'https://signaalspoor.hasselt.be',
  };

  it('starts production with everything it needs', () => {
    expect(loadConfig(PRODUCTION)).toMatchObject({
      nodeEnv: 'production',
      auth: { jwtSecret: 'x'.repeat(32) },
      embeddedDatabaseChosen: false,
      demoDataChosen: false,
    });
  });

  it('refuses production without a secret or issuer', () => {
    expect(() => loadConfig({ ...PRODUCTION, AUTH_JWT_SECRET: undefined })).toThrow(
      /AUTH_JWT_SECRET: required in production/,
    );
  });

  it('refuses production without an audit signing key', () => {
    expect(() => loadConfig({ ...PRODUCTION, AUDIT_SIGNING_KEY: undefined })).toThrow(
      /AUDIT_SIGNING_KEY: required in production/,
    );
  });

  it('lists every production problem in one message, naming each variable', () => {
    const attempt = () => loadConfig({ NODE_ENV: 'production', OIDC_ISSUER: 'https://login.hasselt.be' });
    expect(attempt).toThrow(ConfigError);
    expect(
      Object.keys(problemsOf({ NODE_ENV: 'production', OIDC_ISSUER: 'https://login.hasselt.be' })).sort(),
    ).toEqual([
      'AUDIT_SIGNING_KEY',
      'DATABASE_URL',
      'OIDC_AUDIENCE',
      'PUBLIC_URL',
      'REFERENCE_DATA_FILE',
      'SMTP_URL',
    ]);
    const message = (() => {
      try {
        attempt();
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const name of [
      'AUDIT_SIGNING_KEY',
      'DATABASE_URL',
      'OIDC_AUDIENCE',
      'PUBLIC_URL',
      'REFERENCE_DATA_FILE',
      'SMTP_URL',
    ])
      expect(message).toContain(`  ${name}: `);
    // a bad value and a production requirement are told together too
    expect(Object.keys(problemsOf({ ...PRODUCTION, PORT: 'abc', SMTP_URL: undefined })).sort()).toEqual([
      'PORT',
      'SMTP_URL',
    ]);
  });

  it('runs the embedded database and the demo data in production only when chosen', () => {
    const gekozen = loadConfig({
      ...PRODUCTION,
      DATABASE_URL: undefined,
      REFERENCE_DATA_FILE: undefined,
      SIGNAALSPOOR_EMBEDDED_DB: 'ja',
      SIGNAALSPOOR_DEMODATA: 'ja',
    });
    expect(gekozen).toMatchObject({ embeddedDatabaseChosen: true, demoDataChosen: true });
    expect(problemsOf({ ...PRODUCTION, SIGNAALSPOOR_EMBEDDED_DB: 'yes' })).toEqual({
      SIGNAALSPOOR_EMBEDDED_DB: 'expected ja or nee',
    });
    expect(
      Object.keys(
        problemsOf({
          ...PRODUCTION,
          DATABASE_URL: undefined,
          REFERENCE_DATA_FILE: undefined,
          SIGNAALSPOOR_EMBEDDED_DB: 'nee',
        }),
      ).sort(),
    ).toEqual(['DATABASE_URL', 'REFERENCE_DATA_FILE']);
  });

  it('never accepts tokens for any audience', () => {
    const issuer = { OIDC_ISSUER: 'https://login.hasselt.be' };
    // production: the audience must be named
    expect(problemsOf({ ...PRODUCTION, ...issuer, OIDC_CLIENT_ID: 'signaalspoor-web' })).toEqual({
      OIDC_AUDIENCE: expect.stringContaining('required in production with OIDC_ISSUER'),
    });
    expect(
      loadConfig({ ...PRODUCTION, ...issuer, OIDC_AUDIENCE: 'https://signaalspoor.hasselt.be/api' }).auth
        .oidcAudience,
    ).toBe('https://signaalspoor.hasselt.be/api');
    // elsewhere the client id stands in for it, and without either the issuer is refused
    expect(loadConfig({ ...issuer, OIDC_CLIENT_ID: 'signaalspoor-web' }).auth.oidcAudience).toBe(
      'signaalspoor-web',
    );
    expect(Object.keys(problemsOf(issuer))).toEqual(['OIDC_AUDIENCE']);
  });

  it('accepts a shared secret and an issuer together: service tokens and people', () => {
    expect(
      loadConfig({ ...PRODUCTION, OIDC_ISSUER: 'https://login.hasselt.be', OIDC_AUDIENCE: 'api' }).auth,
    ).toEqual({
      jwtSecret: 'x'.repeat(32),
      previousJwtSecrets: [],
      oidcIssuer: 'https://login.hasselt.be',
      oidcAudience: 'api',
    });
  });

  it('ends an idle web session after 30 minutes, or SESSION_IDLE_MINUTES', () => {
    expect(loadConfig({}).session).toEqual({ idleMinutes: 30 });
    expect(loadConfig({ SESSION_IDLE_MINUTES: '5' }).session).toEqual({ idleMinutes: 5 });
    expect(problemsOf({ SESSION_IDLE_MINUTES: '0' })).toEqual({
      SESSION_IDLE_MINUTES: 'expected a positive whole number',
    });
  });

  it('accepts the key from a mounted secret file in production, never both a key and a file', () => {
    const production = { ...PRODUCTION, AUDIT_SIGNING_KEY: undefined };
    expect(
      loadConfig({ ...production, AUDIT_SIGNING_KEY_FILE: '/run/secrets/audit-signing-key' }).audit
        .signingKeyFile,
    ).toBe('/run/secrets/audit-signing-key');
    expect(() =>
      loadConfig({ AUDIT_SIGNING_KEY: 'k'.repeat(32), AUDIT_SIGNING_KEY_FILE: '/run/secrets/k' }),
    ).toThrow(/AUDIT_SIGNING_KEY_FILE: set either/);
  });

  it('refuses a key dir or key file on the database disk: the data dir, inside it, or inside PGDATA', () => {
    expect(loadConfig({}).keyDir).toBe('./keys');
    expect(() => loadConfig({ SIGNAALSPOOR_KEY_DIR: './data' })).toThrow(
      /SIGNAALSPOOR_KEY_DIR: \.\/data lies inside the database's data dir \(SIGNAALSPOOR_DATA_DIR=/,
    );
    for (const keyDir of ['./data/keys', 'data/../data/sleutels']) {
      expect(() => loadConfig({ SIGNAALSPOOR_KEY_DIR: keyDir })).toThrow(
        /SIGNAALSPOOR_KEY_DIR: .* lies inside/,
      );
    }
    expect(() =>
      loadConfig({ SIGNAALSPOOR_DATA_DIR: '/srv/d', SIGNAALSPOOR_KEY_DIR: '/srv/d/keys/..' }),
    ).toThrow(/SIGNAALSPOOR_KEY_DIR/);
    expect(() =>
      loadConfig({
        PGDATA: '/var/lib/postgresql/data',
        AUDIT_SIGNING_KEY_FILE: '/var/lib/postgresql/data/audit.key',
      }),
    ).toThrow(/AUDIT_SIGNING_KEY_FILE: .* \(PGDATA=\/var\/lib\/postgresql\/data\)/);
    expect(loadConfig({ SIGNAALSPOOR_DATA_DIR: '/srv/d', SIGNAALSPOOR_KEY_DIR: '/srv/d-keys' }).keyDir).toBe(
      '/srv/d-keys',
    );
  });

  it("reads the witnesses: a webhook URL and the auditors' mailboxes", () => {
    expect(
      loadConfig({
        AUDIT_WITNESS_URL: 'https://getuige.example.org/checkpoints',
        AUDIT_WITNESS_MAIL: 'audit@example.org, college@example.org',
      }).audit,
    ).toMatchObject({
      witnessUrl: 'https://getuige.example.org/checkpoints',
      witnessMail: ['audit@example.org', 'college@example.org'],
      witnessMailIntervalMs: 3_600_000,
    });
    expect(() => loadConfig({ AUDIT_WITNESS_URL: 'ftp://x' })).toThrow(/AUDIT_WITNESS_URL/);
    expect(() => loadConfig({ AUDIT_WITNESS_MAIL: 'geen adres' })).toThrow(/AUDIT_WITNESS_MAIL/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        AUTH_JWT_SECRET: 'x'.repeat(32),
        AUDIT_SIGNING_KEY: 'k'.repeat(32),
        AUDIT_WITNESS_MAIL: 'audit@example.org',
      }),
    ).toThrow(/AUDIT_WITNESS_MAIL: needs SMTP_URL/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ ESDB_CONNECTION_STRING: '', PORT: '' })).toMatchObject({
      port: 3000,
      esdbConnectionString: undefined,
    });
  });

  it('parses the broker list', () => {
    expect(loadConfig({ KAFKA_BROKERS: '127.0.0.1:9092, kafka:9093' }).kafkaBrokers).toEqual([
      '127.0.0.1:9092',
      'kafka:9093',
    ]);
  });

  it('gives the deadline policy, with its defaults', () => {
    expect(loadConfig({}).termijnen).toEqual({
      ontvangstWerkdagen: 5,
      antwoordDienstWerkdagen: 20,
      terugkoppelingWerkdagen: 30,
      aanvaardingDagen: 30,
      extraVrijeDagen: [],
      intervalMs: 60000,
    });
    expect(
      loadConfig({
        TERMIJN_ONTVANGST_WERKDAGEN: '3',
        TERMIJN_ANTWOORD_WERKDAGEN: '10',
        TERMIJN_TERUGKOPPELING_WERKDAGEN: '15',
        AANVAARDING_DAGEN: '14',
        FEESTDAGEN: '2025-04-21, 2025-05-01',
        TERMIJNEN_INTERVAL_MS: '5000',
      }).termijnen,
    ).toEqual({
      ontvangstWerkdagen: 3,
      antwoordDienstWerkdagen: 10,
      terugkoppelingWerkdagen: 15,
      aanvaardingDagen: 14,
      extraVrijeDagen: ['2025-04-21', '2025-05-01'],
      intervalMs: 5000,
    });
  });

  it('gives the deadline policy alone as loadConfig does, for a tool without the rest (termijnBeleid)', () => {
    const env = { TERMIJN_ANTWOORD_WERKDAGEN: '10', FEESTDAGEN: '2025-04-21', NODE_ENV: 'production' };
    const { intervalMs: _interval, ...beleid } = loadConfig({ ...env, NODE_ENV: 'test' }).termijnen;
    // production without a secret: loadConfig refuses, the policy alone does not need one
    expect(termijnBeleid(env)).toEqual(beleid);
    expect(() => termijnBeleid({ AANVAARDING_DAGEN: 'x' })).toThrow(ConfigError);
  });

  it('refuses a bad deadline policy', () => {
    expect(
      problemsOf({
        TERMIJN_ONTVANGST_WERKDAGEN: '0',
        AANVAARDING_DAGEN: 'x',
        FEESTDAGEN: '2025-04-21,2025-02-30',
      }),
    ).toEqual({
      TERMIJN_ONTVANGST_WERKDAGEN: 'expected a positive whole number',
      AANVAARDING_DAGEN: 'expected a positive whole number',
      FEESTDAGEN: '"2025-02-30" is not a date YYYY-MM-DD',
    });
  });

  it('gives every database session a lock, statement and idle-in-transaction timeout', () => {
    expect(loadConfig({}).databaseTimeouts).toEqual({
      lockMs: 3000,
      statementMs: 30000,
      idleInTransactionMs: 30000,
    });
    expect(
      loadConfig({
        DB_LOCK_TIMEOUT_MS: '500',
        DB_STATEMENT_TIMEOUT_MS: '10000',
        DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '20000',
      }).databaseTimeouts,
    ).toEqual({ lockMs: 500, statementMs: 10000, idleInTransactionMs: 20000 });
  });

  it('refuses a missing or inconsistent database timeout', () => {
    expect(() => loadConfig({ DB_LOCK_TIMEOUT_MS: '0' })).toThrow(
      /DB_LOCK_TIMEOUT_MS: expected a positive whole number/,
    );
    expect(() => loadConfig({ DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '1.5' })).toThrow(
      /DB_IDLE_IN_TRANSACTION_TIMEOUT_MS/,
    );
    expect(() => loadConfig({ DB_LOCK_TIMEOUT_MS: '30000', DB_STATEMENT_TIMEOUT_MS: '5000' })).toThrow(
      /DB_LOCK_TIMEOUT_MS: must be below DB_STATEMENT_TIMEOUT_MS/,
    );
  });

  it('takes a connection budget per process, refusing one too small for its pools', () => {
    expect(loadConfig({}).databasePoolMax).toBeUndefined();
    expect(loadConfig({ DB_POOL_MAX: '9' }).databasePoolMax).toBe(9);
    expect(() => loadConfig({ DB_POOL_MAX: '3' })).toThrow(
      /DB_POOL_MAX: expected a whole number of at least 4/,
    );
    expect(() => loadConfig({ DB_POOL_MAX: 'veel' })).toThrow(/DB_POOL_MAX/);
  });

  it('gives the mail settings, with defaults outside production', () => {
    expect(loadConfig({ PORT: '3005' }).mail).toEqual({
      smtpUrl: undefined,
      from: 'Signaalspoor <signaalspoor@example.org>',
      publicUrl: 'http://localhost:3005',
    });
    expect(
      loadConfig({
        SMTP_URL: 'smtp://127.0.0.1:2525',
        MAIL_FROM: 'Stad Hasselt <signaalspoor@hasselt.be>',
        PUBLIC_URL: 'https://signaalspoor.hasselt.be/',
      }).mail,
    ).toEqual({
      smtpUrl: 'smtp://127.0.0.1:2525',
      from: 'Stad Hasselt <signaalspoor@hasselt.be>',
      publicUrl: 'https://signaalspoor.hasselt.be',
    });
  });

  it('refuses bad mail settings, naming each variable', () => {
    expect(
      Object.keys(
        problemsOf({ SMTP_URL: 'http://mail', MAIL_FROM: 'niemand', PUBLIC_URL: 'ftp://x' }),
      ).sort(),
    ).toEqual(['MAIL_FROM', 'PUBLIC_URL', 'SMTP_URL']);
  });

  it('gives the log level and the shutdown bound, with their defaults', () => {
    expect(loadConfig({})).toMatchObject({ logLevel: 'info', shutdownTimeoutMs: 10_000 });
    expect(loadConfig({ LOG_LEVEL: 'debug', SHUTDOWN_TIMEOUT_MS: '30000' })).toMatchObject({
      logLevel: 'debug',
      shutdownTimeoutMs: 30_000,
    });
  });

  it('refuses an unknown log level and a shutdown bound out of range, naming each variable', () => {
    for (const timeout of ['0', '999', '600001', '10s']) {
      expect(Object.keys(problemsOf({ LOG_LEVEL: 'verbose', SHUTDOWN_TIMEOUT_MS: timeout })).sort()).toEqual([
        'LOG_LEVEL',
        'SHUTDOWN_TIMEOUT_MS',
      ]);
    }
  });

  it('gives the HTTP limits their documented defaults and refuses inconsistent timeouts', () => {
    expect(loadConfig({}).limits).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      trustProxy: 0,
      userPerMinute: 600,
      addressPerMinute: 300,
      concurrencyPerClient: 8,
      shedMaxInFlight: 200,
      shedMaxEventLoopDelayMs: 500,
      connectionsPerAddress: 100,
    });
    expect(() => loadConfig({ CONCURRENCY_PER_CLIENT: '0' })).toThrow(/CONCURRENCY_PER_CLIENT/);
    expect(() => loadConfig({ HTTP_TRUST_PROXY: '-1' })).toThrow(/HTTP_TRUST_PROXY/);
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '40000' })).toThrow(
      /HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS/,
    );
    expect(() => loadConfig({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '10000' })).toThrow(/HTTP_KEEP_ALIVE_TIMEOUT_MS/);
  });

  it('gives the map tiles, OpenStreetMap by default, and refuses a template without {z}/{x}/{y}', () => {
    expect(loadConfig({}).kaart).toEqual({
      tegelsUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attributie: '© OpenStreetMap-bijdragers',
    });
    expect(
      loadConfig({
        KAART_TEGELS_URL: 'http://127.0.0.1:8080/tegels/{z}/{x}/{y}.png',
        KAART_ATTRIBUTIE: 'Stad',
      }).kaart,
    ).toEqual({ tegelsUrl: 'http://127.0.0.1:8080/tegels/{z}/{x}/{y}.png', attributie: 'Stad' });
    expect(() => loadConfig({ KAART_TEGELS_URL: 'https://tegels.example/{z}/{x}.png' })).toThrow(
      /KAART_TEGELS_URL: .*missing \{y\}/,
    );
    expect(() => loadConfig({ KAART_TEGELS_URL: 'ftp://tegels.example/{z}/{x}/{y}.png' })).toThrow(
      /KAART_TEGELS_URL/,
    );
    expect(() => loadConfig({ KAART_TEGELS_URL: 'geen url {z}{x}{y}' })).toThrow(
      /KAART_TEGELS_URL: not a URL/,
    );
  });
});
