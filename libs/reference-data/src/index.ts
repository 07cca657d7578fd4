export * from './reference-data';
export * from './reference-data.store';
export * from './queries/referentie.module';
