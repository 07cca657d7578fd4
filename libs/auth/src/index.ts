export * from './auth.errors';
export * from './auth.guard';
export * from './decorators';
export * from './gebruiker';
export * from './jwt-secret';
export * from './sessies';
export * from './tokens';
