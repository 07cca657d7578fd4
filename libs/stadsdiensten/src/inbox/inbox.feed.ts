import { Injectable } from '@nestjs/common';
import { ProjectionFeeds, type ProjectionFeed } from '@signaalspoor/projections';
import type { Pool } from 'pg';
import { InboxProjection } from './inbox.projection';

/** The inbox of the diensten: from the event store, or from Kafka in the stadsdiensten service. */
@Injectable()
export class InboxFeed {
  readonly feed: ProjectionFeed;
  readonly pool: Pool;

  constructor(feeds: ProjectionFeeds) {
    this.feed = feeds.create(new InboxProjection(), 'stadsdiensten');
    this.pool = feeds.pool;
  }
}
