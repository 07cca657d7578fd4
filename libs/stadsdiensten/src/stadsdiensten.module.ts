import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { BeantwoordenController } from './beantwoorden/beantwoorden.controller';
import { BeantwoordenHandler } from './beantwoorden/beantwoorden.handler';
import { OppakkenController } from './oppakken/oppakken.controller';
import { OppakkenHandler } from './oppakken/oppakken.handler';
import { TerugsturenController } from './terugsturen/terugsturen.controller';
import { TerugsturenHandler } from './terugsturen/terugsturen.handler';

/** Commands of a dienst on the doorsturingen addressed to it. */
@Module({
  imports: [CqrsModule],
  controllers: [OppakkenController, BeantwoordenController, TerugsturenController],
  providers: [OppakkenHandler, BeantwoordenHandler, TerugsturenHandler],
})
export class StadsdienstenModule {}
