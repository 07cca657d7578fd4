export * from './bijlagen.module';
export * from './bijlagen.errors';
export * from './opslag/bijlagen-opslag';
export * from './opslag/opruiming';
