export * from './health/liveness';
export * from './http-app';
export * from './platform.module';
export * from './service';
export * from './openapi';
