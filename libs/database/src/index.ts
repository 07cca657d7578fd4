export * from './budget';
export * from './embedded-postgres';
export * from './pool';
export * from './readiness';
export * from './tokens';
export * from './migraties';
