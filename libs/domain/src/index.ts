export * from './actor';
export * from './commands';
export * from './events';
export * from './state';
export * from './errors';
export { FOUTMELDINGEN } from './messages';
export {
  ACTIES,
  decide,
  HANDELAARS,
  isActie,
  magSturen,
  MAX_LENGTH,
  mogelijkeActies,
  type Actie,
  type Handelaar,
  type MogelijkeActie,
} from './decide';
export { evolve, fold, bal, statusOf } from './evolve';
export * from './upcasters';
export {
  lopendeTermijnen,
  termijnCommands,
  volgendeTermijnActie,
  type LopendeTermijn,
  type TermijnBeleid,
  type TermijnCommand,
} from './termijnen';
export { plusWerkdagen, isWerkdag, feestdagenVan, inBrussel, TIJDZONE } from './kalender';
export * from './labels';
