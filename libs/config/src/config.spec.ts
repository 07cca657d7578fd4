import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives the embedded defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, dataDir: './data', nodeEnv: 'development' });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.kafkaBrokers).toBeUndefined();
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

  it('keeps the key dir beside the data dir, never inside it', () => {
    expect(loadConfig({}).keyDir).toBe('./keys');
    for (const keyDir of ['./data', './data/keys', 'data/../data/sleutels']) {
      expect(() => loadConfig({ SIGNAALSPOOR_KEY_DIR: keyDir })).toThrow(/SIGNAALSPOOR_KEY_DIR: must not be/);
    }
    expect(
      loadConfig({ SIGNAALSPOOR_DATA_DIR: '/srv/data', SIGNAALSPOOR_KEY_DIR: '/srv/data-keys' }).keyDir,
    ).toBe('/srv/data-keys');
  });

  it('refuses a short secret', () => {
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(/AUTH_JWT_SECRET/);
  });

  it('refuses a short audit signing key', () => {
    expect(() => loadConfig({ AUDIT_SIGNING_KEY: 'short' })).toThrow(/AUDIT_SIGNING_KEY/);
    expect(loadConfig({ AUDIT_SIGNING_KEY: 'k'.repeat(32) }).audit.signingKey).toHaveLength(32);
  });

  it('refuses production without a secret or issuer', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_JWT_SECRET: required in production/);
    expect(
      loadConfig({
        NODE_ENV: 'production',
        AUTH_JWT_SECRET: 'x'.repeat(32),
        AUDIT_SIGNING_KEY: 'k'.repeat(32),
      }).auth.jwtSecret,
    ).toHaveLength(32);
  });

  it('refuses production without an audit signing key', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(32) })).toThrow(
      /AUDIT_SIGNING_KEY: required in production/,
    );
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

  it('refuses a bad deadline policy', () => {
    try {
      loadConfig({
        TERMIJN_ONTVANGST_WERKDAGEN: '0',
        AANVAARDING_DAGEN: 'x',
        FEESTDAGEN: '2025-04-21,2025-02-30',
      });
      throw new Error('not refused');
    } catch (error) {
      expect((error as ConfigError).problems).toEqual({
        TERMIJN_ONTVANGST_WERKDAGEN: 'expected a positive whole number',
        AANVAARDING_DAGEN: 'expected a positive whole number',
        FEESTDAGEN: '"2025-02-30" is not a date YYYY-MM-DD',
      });
    }
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
    try {
      loadConfig({ SMTP_URL: 'http://mail', MAIL_FROM: 'niemand', PUBLIC_URL: 'ftp://x' });
      throw new Error('not refused');
    } catch (error) {
      expect(Object.keys((error as ConfigError).problems).sort()).toEqual([
        'MAIL_FROM',
        'PUBLIC_URL',
        'SMTP_URL',
      ]);
    }
  });
});
