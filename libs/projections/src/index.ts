export * from './projection';
export * from './projection-runner';
export * from './signalen/signalen.projection';
export * from './signalen/signalen.queries';
export * from './signalen/traject';
export * from './queries/leesmodel';
export * from './queries/projecties.module';
