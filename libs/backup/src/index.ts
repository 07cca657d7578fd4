export * from './backup';
export * from './backup.errors';
export type { Manifest } from './embedded';
