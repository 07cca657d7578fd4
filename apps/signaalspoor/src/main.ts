import 'reflect-metadata';
import { runService } from '@signaalspoor/platform';
import { AppModule } from './app.module';

runService('Signaalspoor', AppModule.forRoot);
