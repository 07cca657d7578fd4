export * from './codec';
export * from './command-handler';
export * from './context';
export * from './errors';
export * from './signaal.repository';
export * from './toegang';
