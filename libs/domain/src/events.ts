// The Signaal event catalogue. Event types are stable strings: never rename one, add a new
// schema version and an upcaster (see upcasters.ts) instead.

export const BESLUITEN = ['uitgevoerd', 'ingepland', 'in-onderzoek', 'niet-weerhouden'] as const;
export type Besluit = (typeof BESLUITEN)[number];

export const BRONNEN = [
  'open-forum',
  'raadsvergadering',
  'werkgroep',
  'jaarlijks-overleg',
  'andere',
] as const;
export type Bron = (typeof BRONNEN)[number];

export const TERMIJNEN = ['ontvangst', 'antwoord-dienst', 'terugkoppeling'] as const;
/** ontvangst: the wijkmanager has not triaged; antwoord-dienst: a doorsturing has no answer;
 * terugkoppeling: the raad has no final feedback. */
export type Termijn = (typeof TERMIJNEN)[number];

/**
 * Personal data of a person (council member, resident) is kept apart from the rest of the event,
 * always under a field named `persoon`, so it can be encrypted per person (crypto-shredding) later
 * without touching the other fields.
 */
export interface Persoonsgegevens {
  naam?: string;
  email?: string;
}

export interface Locatie {
  omschrijving?: string;
  lat?: number;
  lon?: number;
}

/** A point in WGS84 degrees, inside Belgium (BELGIE). */
export interface Coordinaten {
  lat: number;
  lon: number;
}

/** A bounding box in WGS84 degrees: south, west, north, east. */
export interface Kader {
  zuid: number;
  west: number;
  noord: number;
  oost: number;
}

/** Belgium's bounding box: every signaal's coordinaten lie inside it. */
export const BELGIE: Kader = { zuid: 49.49, west: 2.54, noord: 51.51, oost: 6.41 };

/** What an attachment may be, judged by its content: photos (re-encoded, without EXIF) and PDF. */
export const BIJLAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type BijlageType = (typeof BIJLAGE_TYPES)[number];
/** At most this many attachments per signaal, each at most MAX_BIJLAGE_BYTES as stored. */
export const MAX_BIJLAGEN = 10;
export const MAX_BIJLAGE_BYTES = 10 * 1024 * 1024;

/** Who added an attachment: the raad, the wijkmanager, or a dienst the signaal was routed to. */
export interface BijlageDoor {
  rol: 'raad' | 'wijkmanager' | 'dienst';
  dienstId?: string;
}

/** What a raad submits about a signaal: alike in DienSignaalIn, SignaalIngediend and the state. */
export interface SignaalInhoud {
  raadId: string;
  titel: string;
  omschrijving: string;
  thema: string;
  bron: Bron;
  locatie?: Locatie;
  coordinaten?: Coordinaten;
}

export interface SignaalIngediendData extends SignaalInhoud {
  signaalId: string;
  /** who submitted it on behalf of the raad, if given */
  persoon?: Persoonsgegevens;
}
export interface VerduidelijkingGevraagdData {
  vraag: string;
}
export interface VerduidelijkingGegevenData {
  antwoord: string;
  persoon?: Persoonsgegevens;
}
export interface DoorgestuurdNaarDienstData {
  doorsturingId: string;
  dienstId: string;
  toelichting?: string;
}
export interface OpgepaktDoorDienstData {
  doorsturingId: string;
  dienstId: string;
  /** the person at the dienst who handles it, if given */
  persoon?: Persoonsgegevens;
}
export interface BeantwoordDoorDienstData {
  doorsturingId: string;
  dienstId: string;
  besluit: Besluit;
  /** the motivation of the besluit */
  antwoord: string;
  /** ISO date (YYYY-MM-DD) by which the dienst expects to act, where given */
  verwachteDatum?: string;
}
export interface TeruggestuurdDoorDienstData {
  doorsturingId: string;
  dienstId: string;
  reden: string;
}
export interface TeruggekoppeldAanRaadData {
  boodschap: string;
  definitief: boolean;
}
export interface SignaalHeropendData {
  reden: string;
}
export interface SignaalAfgeslotenData {
  /** aanvaard: the raad accepted the final feedback; automatisch: closed after the acceptance period */
  wijze: 'aanvaard' | 'automatisch';
}
export interface SignaalIngetrokkenData {
  reden?: string;
}
/** The wijkmanager links this signaal to another about the same thing: the main signaal's answer counts. */
export interface GekoppeldAlsDuplicaatData {
  hoofdSignaalId: string;
  reden: string;
}
/** The link is undone: the signaal goes its own way again. */
export interface DuplicaatOntkoppeldData {
  hoofdSignaalId: string;
  reden: string;
}
/** Residents may see the signaal on the public page (the raad's choice, or a withdrawal lifted). */
export type OpenbaarGemaaktData = Record<string, never>;
/**
 * The signaal is no longer on the public page: the raad changed its mind (`door: 'raad'`), or the
 * wijkmanager withdrew it with a reason the raad sees (`door: 'wijkmanager'`), which the raad cannot
 * undo on its own.
 */
export interface AfgeschermdVoorPubliekData {
  door: 'raad' | 'wijkmanager';
  reden?: string;
}
export interface TermijnOverschredenData {
  termijn: Termijn;
  /** ISO timestamp of the deadline that passed */
  vervaldatum: string;
  doorsturingId?: string;
}

/**
 * An attachment was added. The bytes are not in the event: they are stored apart under `bijlageId`
 * (encrypted with the key of `persoon`, or of the actor), and `sha256` is the hash of what was stored,
 * so the sealed log vouches for the bytes.
 */
export interface BijlageToegevoegdData {
  bijlageId: string;
  /** the file name as given, for display and download */
  naam: string;
  type: BijlageType;
  /** bytes as stored (photos: after re-encoding) */
  grootte: number;
  /** hex SHA-256 of the stored bytes (before encryption) */
  sha256: string;
  door: BijlageDoor;
  /** who added it, if given */
  persoon?: Persoonsgegevens;
}

export interface SignaalEventMap {
  SignaalIngediend: SignaalIngediendData;
  VerduidelijkingGevraagd: VerduidelijkingGevraagdData;
  VerduidelijkingGegeven: VerduidelijkingGegevenData;
  DoorgestuurdNaarDienst: DoorgestuurdNaarDienstData;
  OpgepaktDoorDienst: OpgepaktDoorDienstData;
  BeantwoordDoorDienst: BeantwoordDoorDienstData;
  TeruggestuurdDoorDienst: TeruggestuurdDoorDienstData;
  TeruggekoppeldAanRaad: TeruggekoppeldAanRaadData;
  SignaalHeropend: SignaalHeropendData;
  SignaalAfgesloten: SignaalAfgeslotenData;
  SignaalIngetrokken: SignaalIngetrokkenData;
  TermijnOverschreden: TermijnOverschredenData;
  GekoppeldAlsDuplicaat: GekoppeldAlsDuplicaatData;
  DuplicaatOntkoppeld: DuplicaatOntkoppeldData;
  OpenbaarGemaakt: OpenbaarGemaaktData;
  AfgeschermdVoorPubliek: AfgeschermdVoorPubliekData;
  BijlageToegevoegd: BijlageToegevoegdData;
}

export type SignaalEventType = keyof SignaalEventMap;
export const SIGNAAL_EVENT_TYPES = [
  'SignaalIngediend',
  'VerduidelijkingGevraagd',
  'VerduidelijkingGegeven',
  'DoorgestuurdNaarDienst',
  'OpgepaktDoorDienst',
  'BeantwoordDoorDienst',
  'TeruggestuurdDoorDienst',
  'TeruggekoppeldAanRaad',
  'SignaalHeropend',
  'SignaalAfgesloten',
  'SignaalIngetrokken',
  'TermijnOverschreden',
  'GekoppeldAlsDuplicaat',
  'DuplicaatOntkoppeld',
  'OpenbaarGemaakt',
  'AfgeschermdVoorPubliek',
  'BijlageToegevoegd',
] as const satisfies readonly SignaalEventType[];

/** Current schema version of each event type's data. */
export const SCHEMA_VERSIONS: Record<SignaalEventType, number> = Object.fromEntries(
  SIGNAAL_EVENT_TYPES.map((type) => [type, 1]),
) as Record<SignaalEventType, number>;

/**
 * A domain event as the decider produces it and evolve consumes it: type, data and the time it
 * happened (ISO 8601). Technical metadata (ids, revision, position, actor, correlation) is added by
 * the store.
 */
export type SignaalEvent = {
  [K in SignaalEventType]: { type: K; data: SignaalEventMap[K]; at: string };
}[SignaalEventType];

/**
 * Stands in for a stored event this version of the code cannot read: a type it does not know, or a
 * newer schema version of a type it knows — written by a newer version during a rolling upgrade.
 * evolve keeps the state as it was and records the event in `onleesbaar` (see docs/architecture.md).
 */
export interface OnleesbaarEvent {
  type: 'Onleesbaar';
  data: { type: string; schemaVersion: number };
  at: string;
}

export type SignaalEventOf<K extends SignaalEventType> = Extract<SignaalEvent, { type: K }>;

export const signaalStreamId = (signaalId: string): string => `signaal-${signaalId}`;
export const SIGNAAL_STREAM_PREFIX = 'signaal-';
