export * from './codec';
export * from './context';
export * from './errors';
export * from './signaal.repository';
export * from './toegang';
