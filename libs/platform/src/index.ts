export * from './health/liveness';
export * from './http-app';
export * from './logging';
export * from './platform.module';
export * from './composition';
export * from './service';
export * from './openapi';
export * from './shutdown';
