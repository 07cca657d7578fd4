import 'reflect-metadata';
import { runService } from '@signaalspoor/platform';
import { AppModule } from './app.module';

runService('Signaalspoor', (config) => AppModule.forRoot(config)).catch((error) => {
  console.error(error);
  process.exit(1);
});
