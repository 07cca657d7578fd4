import { Fout } from '@signaalspoor/domain';

export const LEES_FOUTEN = {
  SIGNAAL_ONBEKEND: 'not-found',
  RAAD_ONBEKEND: 'not-found',
  ONGELDIG_FILTER: 'invalid',
  ONGELDIGE_POSITIE: 'invalid',
  LEESMODEL_ACHTER: 'unavailable',
} as const;

/** Seconds a client should wait before asking again after LEESMODEL_ACHTER. */
export const RETRY_AFTER_S = 1;

export class LeesFout extends Fout<typeof LEES_FOUTEN> {
  constructor(code: keyof typeof LEES_FOUTEN, message: string, field?: string) {
    super(LEES_FOUTEN, code, message, field);
  }

  /** a read model that lags catches up within a second or so (the edge sends it as Retry-After) */
  get retryAfter(): number | undefined {
    return this.kind === 'unavailable' ? RETRY_AFTER_S : undefined;
  }
}
