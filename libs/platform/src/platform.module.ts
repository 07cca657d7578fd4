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
import { AuthGuard, createTokenVerifier, demoJwtSecret, SESSIES, TOKEN_VERIFIER } from '@signaalspoor/auth';
import { CONFIG, ConfigError, type Config } from '@signaalspoor/config';
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
import { Draining, ErrorFilter } from '@signaalspoor/http';
import { Getuigen, LOGBOEK, openLogboek, WebhookGetuige, type Logboek } from '@signaalspoor/logboek';
import { loadReferenceData, ReferenceData } from '@signaalspoor/reference-data';
import { SignaalCommandHandler, SignaalRepository } from '@signaalspoor/signaal-store';
import { PostgresSessies } from '@signaalspoor/web';
import { LoggerModule } from 'nestjs-pino';
import type { Pool } from 'pg';

import { HealthController, TERMINUS_OPTIONS } from './health/health.controller';
import { Liveness } from './health/liveness';
import { loggingParams } from './logging';
import { CommandMetrics } from './metrics/command-metrics';
import { MetricsController } from './metrics/metrics.controller';
import { TerminusModule } from '@nestjs/terminus';

const logger = new Logger('Platform');

const movedOutOfDataDir = (from: string, to: string) =>
  logger.warn(`Key moved out of the data dir: ${from} -> ${to}`);

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

/** The log's keys as configured, on the database; `pool` is its own pool (the person keys). */
function openLogboekVan(
  config: Config,
  database: Database,
  pool: { max: number; applicationName: string },
): Promise<Logboek> {
  return openLogboek({
    signingKey: config.audit.signingKey,
    signingKeyFile: config.audit.signingKeyFile,
    keyDir: config.keyDir,
    eerdereSleutels: config.audit.previousSigningKeys,
    dataDir: config.dataDir,
    moved: movedOutOfDataDir,
    databaseUrl: database.url,
    log: (line) => logger.warn(line),
    pool,
  });
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

/**
 * The store every module uses, its tables brought to this version: the event store's steps, then the
 * log's own (the resealing of a log from before the seals; PostgreSQL only). See libs/database
 * migraties.ts and docs/operations.md, "Upgrades".
 */
async function openBewaakteEventStore(
  config: Config,
  database: Database,
  logboek: Logboek,
  connections: Connections,
): Promise<EventStore> {
  const store = logboek.bewaak(await openEventStore(config, database, connections));
  if (!config.esdbConnectionString) await logboek.migreer(database.url, store);
  return store;
}

/**
 * `npm run migrate`: every versioned step of this release, once, without starting the app (the app
 * runs them at start too). The read models' own tables are made when their module starts.
 */
export async function migreerDatabase(config: Config): Promise<void> {
  await metEventStore(config, 'signaalspoor-migraties', async () => undefined);
}

/**
 * A command line tool's work on the app's own database (DATABASE_URL or the embedded one of the data
 * dir) and its guarded event store, brought to this release's schema first; both closed afterwards.
 */
export async function metEventStore<T>(
  config: Config,
  applicationName: string,
  werk: (store: EventStore, databaseUrl: string) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(config);
  try {
    const connections = connectionsOf(config, 'signaalspoor');
    const logboek = await openLogboekVan(config, database, { max: 2, applicationName });
    const store = await openBewaakteEventStore(config, database, logboek, {
      ...connections,
      sizes: { ...connections.sizes, store: 2 },
    });
    try {
      return await werk(store, database.url);
    } finally {
      await store.close();
    }
  } finally {
    await database.stop();
  }
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

/** A stopping process is not ready: a load balancer sends its next requests elsewhere. */
@Injectable()
class DrainingReadiness {
  constructor(draining: Draining, readiness: Readiness) {
    readiness.register('afsluiten', async () => ({
      ok: !draining.active,
      details: { stopt: draining.active },
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
    private readonly getuigen: Getuigen,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.getuigen.stop();
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
      imports: [
        TerminusModule.forRoot(TERMINUS_OPTIONS),
        LoggerModule.forRoot(loggingParams(config.logLevel)),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        Readiness,
        Liveness,
        Draining,
        DrainingReadiness,
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
            openLogboekVan(config, database, {
              max: connections.sizes.personen,
              applicationName: `${connections.name}-privacy`,
            }),
        },
        {
          // the witnesses of the log's checkpoints; adapters outside this lib register themselves
          provide: Getuigen,
          useFactory: () => {
            const getuigen = new Getuigen(new Logger('Getuigen'));
            if (config.audit.witnessUrl) getuigen.register(new WebhookGetuige(config.audit.witnessUrl));
            return getuigen;
          },
        },
        {
          provide: EVENT_STORE,
          inject: [DATABASE, LOGBOEK],
          useFactory: (database: Database, logboek: Logboek) =>
            openBewaakteEventStore(config, database, logboek, connections),
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
            // REFERENCE_DATA_FILE may still hold (a copy of) the demo set: its mails go to made-up addresses
            if (config.nodeEnv === 'production' && data.set.demo && !config.demoDataChosen) {
              throw new ConfigError({
                REFERENCE_DATA_FILE: `holds the Hasselt demo set (${source}): give the city's own set, or SIGNAALSPOOR_DEMODATA=ja to run the demo on purpose`,
              });
            }
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
                (config.auth.oidcIssuer ? undefined : await demoJwtSecret(config, movedOutOfDataDir)),
              previousSecrets: config.auth.previousJwtSecrets,
              oidcIssuer: config.auth.oidcIssuer,
              oidcAudience: config.auth.oidcAudience,
            }),
        },
        {
          // the web app's sessions: every service resolves the cookie the gateway passes on
          provide: PostgresSessies,
          inject: [PG_POOL],
          useFactory: async (pool: Pool) => {
            const sessies = new PostgresSessies(pool, config.session.idleMinutes);
            await sessies.migrate();
            return sessies;
          },
        },
        { provide: SESSIES, useExisting: PostgresSessies },
        CommandMetrics,
        PlatformShutdown,
        EmbeddedDatabaseLiveness,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
      exports: [
        Readiness,
        Liveness,
        Draining,
        CONFIG,
        DATABASE,
        PG_POOL,
        EVENT_STORE,
        LOGBOEK,
        Getuigen,
        SignaalRepository,
        SignaalCommandHandler,
        ReferenceData,
        TOKEN_VERIFIER,
        PostgresSessies,
        SESSIES,
      ],
    };
  }
}
