import {
  Global,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
  Inject,
  Injectable,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuthGuard, createTokenVerifier, dataDirJwtSecret, TOKEN_VERIFIER } from '@signaalspoor/auth';
import { CONFIG, type Config, keyDirOf } from '@signaalspoor/config';
import {
  type Composition,
  CONNECTION_BUDGET,
  createPool,
  type Database,
  DATABASE,
  ensureDatabase,
  PG_POOL,
  type PoolSizes,
  poolSizes,
  Readiness,
  startEmbeddedPostgres,
} from '@signaalspoor/database';
import {
  EVENT_STORE,
  openEsdbEventStore,
  PostgresEventStore,
  type EventStore,
} from '@signaalspoor/event-store';
import { ErrorFilter } from '@signaalspoor/http';
import { LOGBOEK, openLogboek, type Logboek } from '@signaalspoor/logboek';
import { loadReferenceData, ReferenceData } from '@signaalspoor/reference-data';
import { SignaalCommandHandler, SignaalRepository } from '@signaalspoor/signaal-store';
import type { Pool } from 'pg';

import { HealthController, TERMINUS_OPTIONS } from './health/health.controller';
import { Liveness } from './health/liveness';
import { CommandMetrics } from './metrics/command-metrics';
import { MetricsController } from './metrics/metrics.controller';
import { TerminusModule } from '@nestjs/terminus';

const logger = new Logger('Platform');

async function openDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    log: (line) => {
      if (line.startsWith('error: ')) logger.error(line.slice(7));
      else if (line.startsWith('warning: ')) logger.warn(line.slice(9));
      else logger.verbose(line.trim());
    },
    // it died and would not come back: exit, so that a supervisor restarts the whole app
    onGiveUp: (error) => {
      logger.fatal(`Embedded PostgreSQL could not be restarted; stopping. ${error.message}`);
      process.exit(1);
    },
  });
  const url = await ensureDatabase(server.url, 'signaalspoor');
  logger.log(`Embedded PostgreSQL started, data in ${config.dataDir}`);
  return { url, embedded: true, stop: () => server.stop(), state: () => server.state };
}

/** The process's connections: DB_POOL_MAX or its composition's budget, and their application_name. */
interface Connections {
  sizes: PoolSizes;
  /** `signaalspoor` for the all-in-one, `signaalspoor-<service>` for a service; pools add a suffix */
  name: string;
}

function connectionsOf(config: Config, composition: Composition): Connections {
  return {
    sizes: poolSizes(config.databasePoolMax ?? CONNECTION_BUDGET[composition]),
    name: composition === 'signaalspoor' ? 'signaalspoor' : `signaalspoor-${composition}`,
  };
}

/** EventStoreDB when ESDB_CONNECTION_STRING is set; otherwise the PostgreSQL store on the same database. */
async function openEventStore(
  config: Config,
  database: Database,
  connections: Connections,
): Promise<EventStore> {
  if (config.esdbConnectionString) {
    logger.log('Event store: EventStoreDB (ESDB_CONNECTION_STRING)');
    return openEsdbEventStore({ connectionString: config.esdbConnectionString });
  }
  const store = new PostgresEventStore({
    url: database.url,
    poolSize: connections.sizes.store,
    applicationName: `${connections.name}-event-store`,
    timeouts: config.databaseTimeouts,
  });
  await store.migrate();
  return store;
}

/** The embedded server restarts itself when it dies; liveness fails only once it gave up. */
@Injectable()
class EmbeddedDatabaseLiveness {
  constructor(@Inject(DATABASE) database: Database, liveness: Liveness) {
    const state = database.state;
    if (state)
      liveness.register('embeddedPostgres', () => ({
        ok: state() !== 'failed',
        details: { state: state() },
      }));
  }
}

/** Closes what the platform opened, in reverse order, after every module has stopped its work. */
@Injectable()
class PlatformShutdown implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    await this.pool.end();
    await this.database.stop();
    if (this.database.embedded) logger.log('Embedded PostgreSQL stopped');
  }
}

/**
 * Infrastructure every composition shares: configuration, PostgreSQL (embedded by default), the
 * event store, reference data, authentication and the HTTP edge (errors). Its pools share the
 * composition's connection budget (libs/database budget.ts, DB_POOL_MAX).
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: Config, composition: Composition = 'signaalspoor'): DynamicModule {
    const connections = connectionsOf(config, composition);
    return {
      module: PlatformModule,
      imports: [TerminusModule.forRoot(TERMINUS_OPTIONS)],
      controllers: [HealthController, MetricsController],
      providers: [
        Readiness,
        Liveness,
        { provide: CONFIG, useValue: config },
        { provide: DATABASE, useFactory: () => openDatabase(config) },
        {
          provide: PG_POOL,
          inject: [DATABASE],
          useFactory: (database: Database) =>
            createPool(database.url, {
              max: connections.sizes.app,
              applicationName: connections.name,
              timeouts: config.databaseTimeouts,
            }),
        },
        {
          provide: LOGBOEK,
          inject: [DATABASE],
          useFactory: (database: Database) =>
            openLogboek({
              signingKey: config.audit.signingKey,
              dataDir: config.dataDir,
              keyDir: keyDirOf(config),
              databaseUrl: database.url,
              log: (line) => logger.warn(line),
              pool: { max: connections.sizes.personen, applicationName: `${connections.name}-privacy` },
            }),
        },
        {
          provide: EVENT_STORE,
          inject: [DATABASE, LOGBOEK],
          useFactory: async (database: Database, logboek: Logboek) =>
            logboek.bewaak(await openEventStore(config, database, connections)),
        },
        {
          provide: SignaalRepository,
          inject: [EVENT_STORE],
          useFactory: (store: EventStore) => new SignaalRepository(store),
        },
        {
          provide: SignaalCommandHandler,
          inject: [SignaalRepository, ReferenceData],
          useFactory: (signalen: SignaalRepository, reference: ReferenceData) =>
            new SignaalCommandHandler(signalen, reference),
        },
        {
          provide: ReferenceData,
          inject: [PG_POOL],
          useFactory: async (pool: Pool) => {
            const { data, source } = await loadReferenceData(pool, config.referenceDataFile);
            logger.debug(
              `Reference data: ${data.set.raden.length} raden, ${data.set.diensten.length} diensten (${source}${data.set.demo ? ', DEMODATA' : ''})`,
            );
            return data;
          },
        },
        {
          provide: TOKEN_VERIFIER,
          useFactory: async () =>
            createTokenVerifier({
              secret:
                config.auth.jwtSecret ??
                (config.auth.oidcIssuer ? undefined : await dataDirJwtSecret(config.dataDir)),
              oidcIssuer: config.auth.oidcIssuer,
              oidcAudience: config.auth.oidcAudience,
            }),
        },
        CommandMetrics,
        PlatformShutdown,
        EmbeddedDatabaseLiveness,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
      exports: [
        Readiness,
        Liveness,
        CONFIG,
        DATABASE,
        PG_POOL,
        EVENT_STORE,
        LOGBOEK,
        SignaalRepository,
        SignaalCommandHandler,
        ReferenceData,
        TOKEN_VERIFIER,
      ],
    };
  }
}
