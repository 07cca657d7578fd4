export * from './config';
export * from './key-dir';
