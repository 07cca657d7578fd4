export * from './budget';
export * from './embedded-postgres';
export * from './pool';
