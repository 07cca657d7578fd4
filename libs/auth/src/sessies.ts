import type { AuthenticatedRequest } from './decorators';
import type { Gebruiker } from './gebruiker';

/** The web app's server-side sessions, where the composition keeps them (libs/web). */
export const SESSIES = Symbol('SESSIES');

export interface Sessies {
  /**
   * Who the request's session cookie belongs to; undefined when it carries none. Throws an
   * AuthFout (SESSIE_BEEINDIGD) when the session was ended, sat idle too long or expired.
   */
  gebruikerVan(request: AuthenticatedRequest): Promise<Gebruiker | undefined>;
}
