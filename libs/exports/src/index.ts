export * from './csv';
export * from './export';
export * from './geojson';
export * from './jaarverslag';
export * from './pdf';
export * from './tabel';
export * from './xlsx';
