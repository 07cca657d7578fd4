export * from './stadsdiensten.module';
