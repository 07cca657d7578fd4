export * from './codec';
export * from './command-handler';
export * from './codec';
export * from './errors';
export * from './signaal.repository';
export * from './toegang';
