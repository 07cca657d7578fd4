import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { Config } from '@signaalspoor/config';
import { MessagingModule } from '@signaalspoor/messaging';
import { PlatformModule, runService } from '@signaalspoor/platform';
import { SignaalViewModule, STADSDIENSTEN_KOPIE } from '@signaalspoor/signaal-view';
import { StadsdienstenModule } from '@signaalspoor/stadsdiensten';

/** The stadsdiensten service: the inbox of each dienst (a query of its own copy of the signaal view) and pickup, answer, send-back. */
@Module({})
export class StadsdienstenService {
  static forRoot(config: Config): DynamicModule {
    return {
      module: StadsdienstenService,
      imports: [
        CqrsModule.forRoot(),
        PlatformModule.forRoot(config, 'stadsdiensten'),
        MessagingModule.forRoot(),
        // its own copy of the signaal view, fed from Kafka, for the inbox
        SignaalViewModule.forRoot(STADSDIENSTEN_KOPIE),
        StadsdienstenModule,
      ],
    };
  }
}

if (require.main === module) {
  runService('Signaalspoor stadsdiensten', (config) => StadsdienstenService.forRoot(config)).catch(
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
