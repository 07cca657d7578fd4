import { Injectable } from '@nestjs/common';
import { signaalStreamId } from '@signaalspoor/domain';
import type { Pool } from 'pg';
import type { ProjectionFeed } from '../projection-feed';
import { SignalenProjection } from '../signalen/signalen.projection';
import { ProjectionFeeds } from './projection-feeds';

/** The signalen read model of this process and the read-your-writes wait of its queries. */
@Injectable()
export class Leesmodel {
  readonly signalen: ProjectionFeed;
  readonly pool: Pool;

  constructor(feeds: ProjectionFeeds) {
    this.signalen = feeds.create(new SignalenProjection(), 'projecties');
    this.pool = feeds.pool;
  }

  /** Waits until the read model caught up with the log (or, on a bus, with this signaal's stream). */
  bijgewerkt(signaalId?: string): Promise<boolean> {
    return this.signalen.bijgewerkt(signaalId && signaalStreamId(signaalId));
  }
}
