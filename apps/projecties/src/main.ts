import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { BijlagenModule } from '@signaalspoor/bijlagen';
import type { Config } from '@signaalspoor/config';
import { ExportModule } from '@signaalspoor/exports';
import { MessagingModule } from '@signaalspoor/messaging';
import { PlatformModule, runService } from '@signaalspoor/platform';
import { PubliekModule } from '@signaalspoor/publiek';
import { ProjectiesModule, SignaalViewModule } from '@signaalspoor/signaal-view';

/** The projecties service: read models fed from Kafka (after catching up from the store), and the queries. */
@Module({})
export class ProjectiesService {
  static forRoot(config: Config): DynamicModule {
    return {
      module: ProjectiesService,
      imports: [
        CqrsModule.forRoot(),
        PlatformModule.forRoot(config, 'projecties'),
        MessagingModule.forRoot(),
        SignaalViewModule.forRoot(),
        ProjectiesModule,
        ExportModule,
        PubliekModule,
        BijlagenModule, // the reads of attachments behind the gateway; the upload goes to signalen
      ],
    };
  }
}

if (require.main === module) {
  runService('Signaalspoor projecties', (config) => ProjectiesService.forRoot(config)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
