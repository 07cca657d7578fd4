/**
 * The PostgreSQL connection budget: the most connections one process may hold at once, per
 * composition. The README ("Connections") states the same figures; DB_POOL_MAX overrides a
 * process's budget. The services together stay well below PostgreSQL's default 100 connections.
 */
export const CONNECTION_BUDGET = {
  /** the all-in-one app: every module in one process */
  signaalspoor: 40,
  signalen: 12,
  stadsdiensten: 8,
  projecties: 12,
  audit: 5,
  relay: 5,
} as const;

export type Composition = keyof typeof CONNECTION_BUDGET;

/** The smallest budget: one connection for each of the process's pools and its listener. */
export const MIN_CONNECTION_BUDGET = 4;

/** How long an unused pooled connection stays open: an idle process holds only what it used lately. */
export const IDLE_CONNECTION_MS = 10_000;

/** How one process's budget is shared by its connections; the parts add up to the budget. */
export interface PoolSizes {
  /** the event store's LISTEN connection */
  listen: 1;
  /** the log's person keys (short lookups on every read and append of personal data) */
  personen: number;
  /** the event store's appends and reads */
  store: number;
  /** the modules' pool (PG_POOL): read models, projections, process managers, health */
  app: number;
}

export function poolSizes(budget: number): PoolSizes {
  if (!Number.isInteger(budget) || budget < MIN_CONNECTION_BUDGET) {
    throw new Error(`a connection budget is a whole number of at least ${MIN_CONNECTION_BUDGET}`);
  }
  const personen = Math.max(1, Math.floor(budget / 10));
  const store = Math.floor((budget - 1 - personen) / 2);
  return { listen: 1, personen, store, app: budget - 1 - personen - store };
}
