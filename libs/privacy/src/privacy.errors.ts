import { Fout } from '@signaalspoor/domain';

export const PRIVACY_FOUTEN = {
  PERSOON_ONBEKEND: 'not-found',
} as const;

export class PrivacyFout extends Fout<typeof PRIVACY_FOUTEN> {
  constructor(code: keyof typeof PRIVACY_FOUTEN, message: string, field?: string) {
    super(PRIVACY_FOUTEN, code, message, field);
  }
}
