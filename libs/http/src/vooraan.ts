import type { RequestHandler } from 'express';

/**
 * The token of a feature's handler at the front of the app: configureHttp (libs/platform) mounts it
 * right behind the shared edge (its security headers, limits and load shedding) and before every other
 * middleware and Nest's pipeline. For answers that need none of those: the public pages answer from
 * memory there (libs/publiek). At most one per composition; none is fine.
 */
export const VOORAAN = Symbol('VOORAAN');

export interface Vooraan {
  handler: RequestHandler;
}
