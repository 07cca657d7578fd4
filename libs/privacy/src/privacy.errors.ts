export const PRIVACY_FOUTEN = {
  PERSOON_ONBEKEND: 'not-found',
} as const;

export class PrivacyFout extends Error {
  readonly kind: (typeof PRIVACY_FOUTEN)[keyof typeof PRIVACY_FOUTEN];
  constructor(
    readonly code: keyof typeof PRIVACY_FOUTEN,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'PrivacyFout';
    this.kind = PRIVACY_FOUTEN[code];
  }
}
