export * from './csv';
export * from './export';
export * from './jaarverslag';
export * from './pdf';
