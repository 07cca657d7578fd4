import { Fout } from '@signaalspoor/domain';

export const PUBLIEK_FOUTEN = {
  RAAD_ONBEKEND: 'not-found',
  MELDING_ONBEKEND: 'not-found',
  ONGELDIG_FILTER: 'invalid',
} as const;

/** A refused public read. An unknown signaal and one that is not public are the same refusal. */
export class PubliekFout extends Fout<typeof PUBLIEK_FOUTEN> {
  constructor(code: keyof typeof PUBLIEK_FOUTEN, message: string, field?: string) {
    super(PUBLIEK_FOUTEN, code, message, field);
  }
}
