export * from './termijnen.module';
export * from './termijnen.process-manager';
