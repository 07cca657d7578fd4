export const AUTH_FOUTEN = {
  NIET_AANGEMELD: 'unauthorized',
  TOKEN_ONGELDIG: 'unauthorized',
  ROL_NIET_TOEGESTAAN: 'forbidden',
  GEEN_TOEGANG: 'forbidden',
} as const;

export type AuthFoutCode = keyof typeof AUTH_FOUTEN;

export class AuthFout extends Error {
  readonly kind: (typeof AUTH_FOUTEN)[AuthFoutCode];
  constructor(
    readonly code: AuthFoutCode,
    message: string,
  ) {
    super(message);
    this.name = 'AuthFout';
    this.kind = AUTH_FOUTEN[code];
  }
}
