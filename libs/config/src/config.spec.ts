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

  it('refuses a short secret', () => {
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(/AUTH_JWT_SECRET/);
  });

  it('refuses production without a secret or issuer', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_JWT_SECRET: required in production/);
    expect(
      loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(32) }).auth.jwtSecret,
    ).toHaveLength(32);
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
});
