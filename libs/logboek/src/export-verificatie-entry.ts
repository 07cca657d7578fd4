// What the offline verifier needs, without the database and Nest: loadable by the CLI on its own.
export { auditSleutels } from './sleutels';
export { verifyExport } from './export-verificatie';
export { getuigdeCheckpoints } from './checkpoint';
export type { BronCheckpoint } from './verifier';
