import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import type { Config } from '@signaalspoor/config';
import { MessagingModule, RelayModule } from '@signaalspoor/messaging';
import { PlatformModule, runService } from '@signaalspoor/platform';

/** The relay: publishes the event store's global log to Kafka as CloudEvents. Health endpoints only. */
@Module({})
export class RelayApp {
  static forRoot(config: Config): DynamicModule {
    return {
      module: RelayApp,
      imports: [PlatformModule.forRoot(config, 'relay'), MessagingModule.forRoot(), RelayModule],
    };
  }
}

if (require.main === module) runService('Signaalspoor relay', RelayApp.forRoot);
