/**
 * How the edge should treat an error. Every module's error type carries a `code` and a `kind`;
 * the HTTP edge maps kinds to status codes in one place (libs/http/src/http-error.ts).
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'precondition-failed'
  | 'unprocessable'
  | 'too-large'
  | 'unsupported-media-type'
  | 'unavailable';

export const SIGNAAL_FOUTEN = {
  ONGELDIGE_INVOER: 'invalid',
  SIGNAAL_ONBEKEND: 'not-found',
  SIGNAAL_BESTAAT_AL: 'conflict',
  SIGNAAL_AFGESLOTEN: 'conflict',
  SIGNAAL_INGETROKKEN: 'conflict',
  VERDUIDELIJKING_AL_GEVRAAGD: 'conflict',
  GEEN_VERDUIDELIJKING_GEVRAAGD: 'conflict',
  VERDUIDELIJKING_OPEN: 'conflict',
  AL_DOORGESTUURD_NAAR_DIENST: 'conflict',
  DOORSTURING_BESTAAT_AL: 'conflict',
  DOORSTURING_ONBEKEND: 'not-found',
  DOORSTURING_NIET_VAN_DIENST: 'forbidden',
  DOORSTURING_AL_OPGEPAKT: 'conflict',
  DOORSTURING_AFGEHANDELD: 'conflict',
  DOORSTURINGEN_NOG_OPEN: 'conflict',
  AL_DEFINITIEF_TERUGGEKOPPELD: 'conflict',
  GEEN_DEFINITIEVE_TERUGKOPPELING: 'conflict',
  AANVAARDINGSTERMIJN_NIET_VERSTREKEN: 'conflict',
  HOOFDSIGNAAL_ONBEKEND: 'invalid',
  HOOFDSIGNAAL_IS_DUPLICAAT: 'conflict',
  HOOFDSIGNAAL_INGETROKKEN: 'conflict',
  AL_DUPLICAAT: 'conflict',
  GEEN_DUPLICAAT: 'conflict',
  IS_DUPLICAAT: 'conflict',
} as const satisfies Record<string, ErrorKind>;

export type SignaalFoutCode = keyof typeof SIGNAAL_FOUTEN;

/** A refused command: a code for machines, a Dutch message fit for the UI, the field where one applies. */
export class SignaalFout extends Error {
  readonly kind: ErrorKind;
  constructor(
    readonly code: SignaalFoutCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'SignaalFout';
    this.kind = SIGNAAL_FOUTEN[code];
  }
}
