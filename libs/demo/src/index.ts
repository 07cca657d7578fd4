export * from './geschiedenis';
