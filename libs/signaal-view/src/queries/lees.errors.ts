export const LEES_FOUTEN = {
  SIGNAAL_ONBEKEND: 'not-found',
  RAAD_ONBEKEND: 'not-found',
  ONGELDIG_FILTER: 'invalid',
  ONGELDIGE_POSITIE: 'invalid',
  LEESMODEL_ACHTER: 'unavailable',
} as const;

/** Seconds a client should wait before asking again after LEESMODEL_ACHTER. */
export const RETRY_AFTER_S = 1;

export class LeesFout extends Error {
  readonly kind: (typeof LEES_FOUTEN)[keyof typeof LEES_FOUTEN];
  constructor(
    readonly code: keyof typeof LEES_FOUTEN,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'LeesFout';
    this.kind = LEES_FOUTEN[code];
  }

  /** a read model that lags catches up within a second or so (the edge sends it as Retry-After) */
  get retryAfter(): number | undefined {
    return this.kind === 'unavailable' ? RETRY_AFTER_S : undefined;
  }
}
