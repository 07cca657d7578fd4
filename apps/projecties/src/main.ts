import 'reflect-metadata';
import { BijlagenModule } from '@signaalspoor/bijlagen';
import { ExportModule } from '@signaalspoor/exports';
import { MessagingModule } from '@signaalspoor/messaging';
import { composition, runService } from '@signaalspoor/platform';
import { PubliekModule } from '@signaalspoor/publiek';
import { ProjectiesModule, SignaalViewModule } from '@signaalspoor/signaal-view';

/** The projecties service: read models fed from Kafka (after catching up from the store), and the queries. */
export const ProjectiesService = composition('projecties', () => [
  MessagingModule.forRoot(),
  SignaalViewModule.forRoot(),
  ProjectiesModule,
  ExportModule,
  PubliekModule,
  BijlagenModule, // the reads of attachments behind the gateway; the upload goes to signalen
]);

if (require.main === module) runService('Signaalspoor projecties', ProjectiesService.forRoot);
