export * from './signalen.module';
