import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { CONFIG, type Config } from '@signaalspoor/config';
import { PG_POOL, Readiness } from '@signaalspoor/database';
import { EVENT_STORE, type EventStore } from '@signaalspoor/event-store';
import { Bus } from '@signaalspoor/messaging';
import type { Pool } from 'pg';
import type { Projection } from './projection';
import { feedGezond, ProjectionFeed } from './projection-feed';
import { sharedRunner } from './projection-runner';

/**
 * Creates the projection feeds of a module — from the event store, or from the module's Kafka
 * consumer group when the composition has a bus — starts them with the module, registers them
 * for readiness and stops them on shutdown.
 */
@Injectable()
export class ProjectionFeeds implements OnModuleInit, OnModuleDestroy {
  private readonly feeds: ProjectionFeed[] = [];

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) readonly pool: Pool,
    @Inject(CONFIG) private readonly config: Config,
    private readonly bus: Bus,
    private readonly readiness: Readiness,
  ) {}

  /** `group` names the Kafka consumer group (one per service that owns the read model). */
  create(projection: Projection, group: string): ProjectionFeed {
    const consumer = this.bus.consumer(group);
    const feed = new ProjectionFeed(this.store, this.pool, projection, {
      consumer,
      // without a bus every projection of the process joins the one runner (one transaction per batch)
      runner: consumer
        ? undefined
        : sharedRunner(this.store, this.pool, { logger: new Logger('Projecties') }),
      logger: new Logger(`Projectie ${projection.name}`),
      consistencyTimeoutMs: this.config.consistencyTimeoutMs,
    });
    this.feeds.push(feed);
    this.readiness.register(`projectie ${projection.name}`, async () => {
      const status = await feed.status();
      return { ok: feedGezond(status).ok, details: { ...status } };
    });
    return feed;
  }

  async onModuleInit(): Promise<void> {
    for (const feed of this.feeds) await feed.start();
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.feeds.map((feed) => feed.stop()));
  }
}
