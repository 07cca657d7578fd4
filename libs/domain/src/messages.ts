import { SignaalFout, type SignaalFoutCode } from './errors';

/** The Dutch UI message of every refusal except invalid input, whose message names the field and reason. */
export const FOUTMELDINGEN: Record<Exclude<SignaalFoutCode, 'ONGELDIGE_INVOER'>, string> = {
  SIGNAAL_ONBEKEND: 'Dit signaal bestaat niet.',
  SIGNAAL_BESTAAT_AL: 'Er bestaat al een signaal met deze id.',
  SIGNAAL_AFGESLOTEN: 'Dit signaal is afgesloten.',
  SIGNAAL_INGETROKKEN: 'Dit signaal is ingetrokken.',
  VERDUIDELIJKING_AL_GEVRAAGD: 'Er staat al een vraag om verduidelijking open bij de raad.',
  GEEN_VERDUIDELIJKING_GEVRAAGD: 'Er staat geen vraag om verduidelijking open.',
  VERDUIDELIJKING_OPEN: 'Wacht eerst op de verduidelijking van de raad.',
  AL_DOORGESTUURD_NAAR_DIENST: 'Dit signaal ligt al open bij deze dienst.',
  DOORSTURING_BESTAAT_AL: 'Deze doorsturing bestaat al.',
  DOORSTURING_ONBEKEND: 'Deze doorsturing bestaat niet.',
  DOORSTURING_NIET_VAN_DIENST: 'Deze doorsturing is niet aan jouw dienst gericht.',
  DOORSTURING_AL_OPGEPAKT: 'Deze doorsturing is al opgepakt.',
  DOORSTURING_AFGEHANDELD: 'Deze doorsturing is al afgehandeld.',
  DOORSTURINGEN_NOG_OPEN: 'Er liggen nog doorsturingen open bij een dienst.',
  AL_DEFINITIEF_TERUGGEKOPPELD: 'De raad kreeg al een definitieve terugkoppeling.',
  GEEN_DEFINITIEVE_TERUGKOPPELING: 'De raad kreeg nog geen definitieve terugkoppeling.',
  AANVAARDINGSTERMIJN_NIET_VERSTREKEN: 'De aanvaardingstermijn is nog niet verstreken.',
  HOOFDSIGNAAL_ONBEKEND: 'Het signaal waarvan dit een duplicaat zou zijn, bestaat niet.',
  HOOFDSIGNAAL_IS_DUPLICAAT:
    'Dat signaal is zelf een duplicaat: koppel aan het signaal waarvan het een duplicaat is.',
  HOOFDSIGNAAL_INGETROKKEN: 'Dat signaal is ingetrokken en krijgt geen antwoord meer.',
  AL_DUPLICAAT: 'Dit signaal is al gekoppeld als duplicaat.',
  GEEN_DUPLICAAT: 'Dit signaal is niet gekoppeld als duplicaat.',
  IS_DUPLICAAT: 'Dit signaal is gekoppeld als duplicaat: ontkoppel het eerst.',
  AFGESCHERMD_DOOR_WIJKMANAGER:
    'De wijkmanager haalde dit signaal van de publieke pagina: alleen de wijkmanager kan het terugzetten.',
  ALLEEN_RAAD_MAAKT_OPENBAAR: 'Alleen de raad kiest of een signaal openbaar wordt.',
  TE_VEEL_BIJLAGEN: 'Dit signaal heeft al het maximum aantal bijlagen.',
  BIJLAGE_BESTAAT_AL: 'Deze bijlage bestaat al.',
};

/** Messages for invalid input, per reason. */
export const INVOERMELDINGEN = {
  verplicht: (field: string) => `Vul '${field}' in.`,
  teLang: (field: string, max: number) => `'${field}' mag hoogstens ${max} tekens bevatten.`,
  keuze: (field: string, allowed: readonly string[]) =>
    `'${field}' moet een van deze waarden zijn: ${allowed.join(', ')}.`,
  datum: (field: string) => `'${field}' moet een geldige datum zijn (JJJJ-MM-DD).`,
  nietNaVandaag: (field: string) => `'${field}' van een uitgevoerd antwoord mag niet na vandaag liggen.`,
  tijdstip: (field: string) => `'${field}' moet een geldig tijdstip zijn (ISO 8601).`,
  jaNee: (field: string) => `'${field}' moet waar of onwaar zijn.`,
  aantalDagen: (field: string) => `'${field}' moet een geheel aantal dagen zijn, 0 of meer.`,
  zichzelf: (field: string) => `'${field}' mag niet dit signaal zelf zijn.`,
  inBelgie: (field: string) => `'${field}' moet een punt in België zijn (WGS84: lat, lon).`,
  grootte: (field: string, max: number) => `'${field}' moet een aantal bytes zijn, 1 tot ${max}.`,
  hash: (field: string) => `'${field}' moet een SHA-256 in hexadecimale vorm zijn.`,
};

/** Throws the refusal with its standard Dutch message. */
export function refuse(code: Exclude<SignaalFoutCode, 'ONGELDIGE_INVOER'>, field?: string): never {
  throw new SignaalFout(code, FOUTMELDINGEN[code], field);
}

/** Throws ONGELDIGE_INVOER for a field. */
export function invalid(field: string, message: string): never {
  throw new SignaalFout('ONGELDIGE_INVOER', message, field);
}
