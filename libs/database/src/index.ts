export * from './embedded-postgres';
export * from './pool';
