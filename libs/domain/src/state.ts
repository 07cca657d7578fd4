import type { Besluit, BijlageDoor, BijlageType, SignaalInhoud, Termijn } from './events';

/** Every status a signaal can have, in the order of its lifecycle. */
export const SIGNAAL_STATUSSEN = [
  'ingediend', // waiting for triage by the wijkmanager
  'verduidelijking-gevraagd', // waiting for the raad to clarify
  'in-behandeling', // at least one doorsturing is open at a dienst
  'beantwoord', // no doorsturing open, at least one answered: the wijkmanager gives feedback
  'heropend', // the raad did not accept the final feedback: back at the wijkmanager
  'teruggekoppeld', // final feedback given: the raad accepts (closes) or reopens
  'duplicaat', // linked as a duplicate: handled through its main signaal, which carries the ball
  'afgesloten',
  'ingetrokken',
] as const;
export type SignaalStatus = (typeof SIGNAAL_STATUSSEN)[number];

/** Nothing is left to do on a signaal in these: settled, withdrawn, or handled through its main signaal. */
export const AFGEHANDELD: readonly SignaalStatus[] = ['afgesloten', 'ingetrokken', 'duplicaat'];
/** Every other status: the signaal is still open (the ball lies with someone). */
export const LOPEND: readonly SignaalStatus[] = SIGNAAL_STATUSSEN.filter((s) => !AFGEHANDELD.includes(s));

export type DoorsturingStatus = 'doorgestuurd' | 'opgepakt' | 'beantwoord' | 'teruggestuurd';

export interface Doorsturing {
  id: string;
  dienstId: string;
  status: DoorsturingStatus;
  toelichting?: string;
  doorgestuurdOp: string;
  opgepaktOp?: string;
  beantwoordOp?: string;
  besluit?: Besluit;
  antwoord?: string;
  verwachteDatum?: string;
  teruggestuurdOp?: string;
  reden?: string;
}

/** An attachment as the state knows it: what the event says, never the bytes nor the person. */
export interface Bijlage {
  id: string;
  naam: string;
  type: BijlageType;
  grootte: number;
  sha256: string;
  door: BijlageDoor;
  toegevoegdOp: string;
}

/** Whose court the ball is in. */
export type Bal =
  { bij: 'wijkmanager' } | { bij: 'raad' } | { bij: 'dienst'; diensten: string[] } | { bij: 'niemand' };

export interface SignaalState extends SignaalInhoud {
  signaalId: string;
  ingediendOp: string;
  status: SignaalStatus;
  openVraag?: { vraag: string; gevraagdOp: string };
  /** when the wijkmanager first asked for clarification: the signaal counts as triaged from then */
  eersteVraagOp?: string;
  /** in order of routing */
  doorsturingen: Doorsturing[];
  terugkoppelingen: { boodschap: string; definitief: boolean; op: string }[];
  definitiefTeruggekoppeldOp?: string;
  heropend: boolean;
  afgeslotenOp?: string;
  ingetrokkenOp?: string;
  /** set while this signaal is linked as a duplicate of another (the main signaal) */
  duplicaatVan?: { signaalId: string; reden: string; op: string };
  /** residents may see it on the public page; absent: not public (the default) */
  openbaar?: true;
  /** the wijkmanager withdrew it from the public page, with this reason; only the wijkmanager lifts it */
  afgeschermd?: { reden: string; op: string };
  /** keys of deadlines already reported, `${termijn}` or `${termijn}:${doorsturingId}` */
  overschredenTermijnen: string[];
  /** in the order they were added; absent when there are none */
  bijlagen?: Bijlage[];
  /** `<type> v<schemaVersion>` of each event this code could not read; absent when there were none */
  onleesbaar?: string[];
}

export const termijnSleutel = (termijn: Termijn, doorsturingId?: string): string =>
  doorsturingId ? `${termijn}:${doorsturingId}` : termijn;
