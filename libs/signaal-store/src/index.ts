export * from './codec';
export * from './signaal-commands';
export * from './signaal.repository';
export * from './toegang';
export * from './signaal-actie';
