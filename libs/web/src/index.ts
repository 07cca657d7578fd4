export * from './bezoeken';
export * from './cookies';
export * from './oidc';
export * from './sessies';
export * from './sessie.middleware';
export * from './spa';
export * from './stroom';
export * from './web.module';
