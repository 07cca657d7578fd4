import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { InboxController, LeesInboxHandler } from './inbox/inbox.query';
import { BeantwoordenController } from './beantwoorden/beantwoorden.controller';
import { BeantwoordenHandler } from './beantwoorden/beantwoorden.handler';
import { OppakkenController } from './oppakken/oppakken.controller';
import { OppakkenHandler } from './oppakken/oppakken.handler';
import { TerugsturenController } from './terugsturen/terugsturen.controller';
import { TerugsturenHandler } from './terugsturen/terugsturen.handler';

/** A dienst's inbox (a query of the signaal view: SignaalViewModule) and its commands on the doorsturingen addressed to it. */
@Module({
  imports: [CqrsModule],
  controllers: [InboxController, OppakkenController, BeantwoordenController, TerugsturenController],
  providers: [LeesInboxHandler, OppakkenHandler, BeantwoordenHandler, TerugsturenHandler],
})
export class StadsdienstenModule {}
