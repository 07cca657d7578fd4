export * from './health/liveness';
export * from './health/readiness';
export * from './http-app';
export * from './platform.module';
export * from './service';
export * from './tokens';
export * from './openapi';
