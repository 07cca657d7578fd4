import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionFeeds } from '@signaalspoor/projections';
import { InboxFeed } from './inbox/inbox.feed';
import { InboxController, LeesInboxHandler } from './inbox/inbox.query';
import { BeantwoordController } from './beantwoord/beantwoord';
import { PakOpController } from './pak-op/pak-op';
import { StuurTerugController } from './stuur-terug/stuur-terug';

/** A dienst's inbox and its commands on the doorsturingen addressed to it. */
@Module({
  imports: [CqrsModule],
  controllers: [InboxController, PakOpController, BeantwoordController, StuurTerugController],
  providers: [ProjectionFeeds, InboxFeed, LeesInboxHandler],
})
export class StadsdienstenModule {}
