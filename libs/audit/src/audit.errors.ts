import { foutKlasse } from '@signaalspoor/domain';

export const AUDIT_FOUTEN = {
  VERIFICATIE_NIET_BESCHIKBAAR: 'unavailable',
  SIGNAAL_ONBEKEND_OP_DATUM: 'not-found',
} as const;

export class AuditFout extends foutKlasse(AUDIT_FOUTEN) {}
