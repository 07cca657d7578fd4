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
  | 'gone'
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
  AFGESCHERMD_DOOR_WIJKMANAGER: 'conflict',
  ALLEEN_RAAD_MAAKT_OPENBAAR: 'forbidden',
  TE_VEEL_BIJLAGEN: 'conflict',
  BIJLAGE_BESTAAT_AL: 'conflict',
} as const satisfies Record<string, ErrorKind>;

export type SignaalFoutCode = keyof typeof SIGNAAL_FOUTEN;

/**
 * The shape of every module's error: a code for machines from the module's table of codes and their
 * kinds, a Dutch message fit for the UI, the field where one applies.
 */
export abstract class Fout<T extends Record<string, ErrorKind>> extends Error {
  readonly kind: T[keyof T];
  constructor(
    codes: T,
    readonly code: keyof T & string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
    this.kind = codes[code];
  }
}

/**
 * A module's error class over its own codes, for `class XFout extends foutKlasse(X_FOUTEN) {}`: one
 * constructor (code, message, the field where there is one) for every module.
 */
export function foutKlasse<T extends Record<string, ErrorKind>>(codes: T) {
  return class extends Fout<T> {
    constructor(code: keyof T & string, message: string, field?: string) {
      super(codes, code, message, field);
    }
  };
}

/** A refused command. */
export class SignaalFout extends Fout<typeof SIGNAAL_FOUTEN> {
  constructor(code: SignaalFoutCode, message: string, field?: string) {
    super(SIGNAAL_FOUTEN, code, message, field);
  }
}
