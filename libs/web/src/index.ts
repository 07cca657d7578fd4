export * from './cookies';
export * from './oidc';
export * from './stroom';
export * from './web.module';
