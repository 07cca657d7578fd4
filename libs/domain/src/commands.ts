import type { Besluit, BijlageDoor, BijlageType, Persoonsgegevens, SignaalInhoud, Termijn } from './events';
import type { SignaalStatus } from './state';

// Commands carry everything decide needs, including the time (`at`, ISO 8601) and any new ids:
// the decider stays pure, with no clock and no random source.

interface Base {
  at: string;
}
export interface DienSignaalIn extends Base, SignaalInhoud {
  type: 'DienSignaalIn';
  signaalId: string;
  persoon?: Persoonsgegevens;
  /** residents may see it on the public page from the start (default: not public) */
  openbaar?: boolean;
}
export interface VraagVerduidelijking extends Base {
  type: 'VraagVerduidelijking';
  vraag: string;
}
export interface GeefVerduidelijking extends Base {
  type: 'GeefVerduidelijking';
  antwoord: string;
  persoon?: Persoonsgegevens;
}
export interface StuurDoor extends Base {
  type: 'StuurDoor';
  doorsturingId: string;
  dienstId: string;
  toelichting?: string;
}
export interface PakOp extends Base {
  type: 'PakOp';
  doorsturingId: string;
  /** the dienst acting; must be the dienst the doorsturing is addressed to */
  dienstId: string;
  persoon?: Persoonsgegevens;
}
export interface Beantwoord extends Base {
  type: 'Beantwoord';
  doorsturingId: string;
  dienstId: string;
  besluit: Besluit;
  antwoord: string;
  verwachteDatum?: string;
}
export interface StuurTerug extends Base {
  type: 'StuurTerug';
  doorsturingId: string;
  dienstId: string;
  reden: string;
}
/** A dienst's command: each acts on one doorsturing addressed to that dienst. */
export type DienstCommand = PakOp | Beantwoord | StuurTerug;
export interface KoppelTerug extends Base {
  type: 'KoppelTerug';
  boodschap: string;
  definitief: boolean;
}
export interface Heropen extends Base {
  type: 'Heropen';
  reden: string;
}
export interface SluitAf extends Base {
  type: 'SluitAf';
}
/** Closes a signaal whose final feedback the raad did not react to within the acceptance period. */
export interface SluitAutomatischAf extends Base {
  type: 'SluitAutomatischAf';
  aanvaardingstermijnDagen: number;
}
export interface TrekIn extends Base {
  type: 'TrekIn';
  reden?: string;
}
/** Issued by the deadline process manager, never by a person. */
export interface MeldTermijnOverschreden extends Base {
  type: 'MeldTermijnOverschreden';
  termijn: Termijn;
  vervaldatum: string;
  doorsturingId?: string;
}

/** What the decider needs to know of a main signaal; the caller reads it from that signaal's stream. */
export interface HoofdSignaal {
  signaalId: string;
  status: SignaalStatus;
  /** the main signaal is itself a duplicate of this one */
  duplicaatVan?: string;
}
/** The wijkmanager links this signaal as a duplicate of another. */
export interface KoppelAlsDuplicaat extends Base {
  type: 'KoppelAlsDuplicaat';
  hoofdSignaalId: string;
  /** the main signaal as it is now; absent when it does not exist */
  hoofd?: HoofdSignaal;
  reden: string;
}
export interface OntkoppelDuplicaat extends Base {
  type: 'OntkoppelDuplicaat';
  reden: string;
}

/**
 * Whether residents may see the signaal on the public page. Publishing is the raad's choice; the
 * wijkmanager may withdraw a signaal from the public page (with a reason the raad sees) and lift
 * that withdrawal again.
 */
export interface ZetOpenbaar extends Base {
  type: 'ZetOpenbaar';
  openbaar: boolean;
  door: 'raad' | 'wijkmanager';
  /** why the wijkmanager withdraws it; required for the wijkmanager's withdrawal */
  reden?: string;
}

/** Adds an attachment whose bytes were stored under `bijlageId` already (see BijlageToegevoegdData). */
export interface VoegBijlageToe extends Base {
  type: 'VoegBijlageToe';
  bijlageId: string;
  naam: string;
  bijlageType: BijlageType;
  grootte: number;
  sha256: string;
  door: BijlageDoor;
  persoon?: Persoonsgegevens;
}

export type SignaalCommand =
  | DienSignaalIn
  | VraagVerduidelijking
  | GeefVerduidelijking
  | StuurDoor
  | PakOp
  | Beantwoord
  | StuurTerug
  | KoppelTerug
  | Heropen
  | SluitAf
  | SluitAutomatischAf
  | TrekIn
  | MeldTermijnOverschreden
  | KoppelAlsDuplicaat
  | OntkoppelDuplicaat
  | ZetOpenbaar
  | VoegBijlageToe;
