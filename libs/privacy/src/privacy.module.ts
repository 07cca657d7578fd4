import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { VergeetController } from './vergeet/vergeet.controller';
import { VergeetHandler } from './vergeet/vergeet.handler';

/** The right to erasure (GDPR art. 17) by crypto-shredding; the person keys live in libs/logboek. */
@Module({
  imports: [CqrsModule],
  controllers: [VergeetController],
  providers: [VergeetHandler],
})
export class PrivacyModule {}
