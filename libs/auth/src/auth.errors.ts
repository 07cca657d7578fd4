import { Fout } from '@signaalspoor/domain';

export const AUTH_FOUTEN = {
  NIET_AANGEMELD: 'unauthorized',
  TOKEN_ONGELDIG: 'unauthorized',
  SESSIE_BEEINDIGD: 'unauthorized',
  PROVIDER_ONBEREIKBAAR: 'unavailable',
  ROL_NIET_TOEGESTAAN: 'forbidden',
  GEEN_TOEGANG: 'forbidden',
} as const;

export type AuthFoutCode = keyof typeof AUTH_FOUTEN;

export class AuthFout extends Fout<typeof AUTH_FOUTEN> {
  constructor(code: AuthFoutCode, message: string) {
    super(AUTH_FOUTEN, code, message);
  }
}
