export * from './projection';
export * from './projection-runner';
export * from './projection-feed';
export * from './projection-feeds';
export { inTransaction } from './transaction';
