import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { Config } from '@signaalspoor/config';
import { MessagingModule } from '@signaalspoor/messaging';
import { PlatformModule, runService } from '@signaalspoor/platform';
import { StadsdienstenModule } from '@signaalspoor/stadsdiensten';

/** The stadsdiensten service: the inbox of each dienst (fed from Kafka) and pickup, answer, send-back. */
@Module({})
export class StadsdienstenService {
  static forRoot(config: Config): DynamicModule {
    return {
      module: StadsdienstenService,
      imports: [
        CqrsModule.forRoot(),
        PlatformModule.forRoot(config, 'stadsdiensten'),
        MessagingModule.forRoot(),
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
