export const MELDING_FOUTEN = {
  MAIL_ONBEKEND: 'not-found',
  GEEN_ONTVANGER: 'forbidden',
  SOORT_NIET_VOOR_ROL: 'invalid',
} as const;

export class MeldingFout extends Error {
  readonly kind: (typeof MELDING_FOUTEN)[keyof typeof MELDING_FOUTEN];
  constructor(
    readonly code: keyof typeof MELDING_FOUTEN,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'MeldingFout';
    this.kind = MELDING_FOUTEN[code];
  }
}
