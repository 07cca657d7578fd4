export const AUDIT_FOUTEN = {
  VERIFICATIE_NIET_BESCHIKBAAR: 'unavailable',
  SIGNAAL_ONBEKEND_OP_DATUM: 'not-found',
} as const;

export class AuditFout extends Error {
  readonly kind: (typeof AUDIT_FOUTEN)[keyof typeof AUDIT_FOUTEN];
  constructor(
    readonly code: keyof typeof AUDIT_FOUTEN,
    message: string,
  ) {
    super(message);
    this.name = 'AuditFout';
    this.kind = AUDIT_FOUTEN[code];
  }
}
