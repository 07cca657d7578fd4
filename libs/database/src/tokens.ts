export const PG_POOL = Symbol('PG_POOL');
export const DATABASE = Symbol('DATABASE');

/** The PostgreSQL server in use: the configured one, or the embedded one this process started. */
export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
  /** the embedded server's state (up, restarting after it died, failed); absent for DATABASE_URL */
  state?: () => string;
}
