export * from './reference-data';
export * from './namen';
export * from './reference-data.store';
export * from './queries/referentie.module';
