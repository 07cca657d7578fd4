import { Fout } from '@signaalspoor/domain';

export const AUDIT_FOUTEN = {
  VERIFICATIE_NIET_BESCHIKBAAR: 'unavailable',
  SIGNAAL_ONBEKEND_OP_DATUM: 'not-found',
} as const;

export class AuditFout extends Fout<typeof AUDIT_FOUTEN> {
  constructor(code: keyof typeof AUDIT_FOUTEN, message: string) {
    super(AUDIT_FOUTEN, code, message);
  }
}
