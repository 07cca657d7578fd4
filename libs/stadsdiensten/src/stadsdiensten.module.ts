import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { InboxController, LeesInboxHandler } from './inbox/inbox.query';
import { BeantwoordController } from './beantwoord/beantwoord';
import { PakOpController } from './pak-op/pak-op';
import { StuurTerugController } from './stuur-terug/stuur-terug';

/** A dienst's inbox (a query of the signaal view: SignaalViewModule) and its commands on the doorsturingen addressed to it. */
@Module({
  imports: [CqrsModule],
  controllers: [InboxController, PakOpController, BeantwoordController, StuurTerugController],
  providers: [LeesInboxHandler],
})
export class StadsdienstenModule {}
