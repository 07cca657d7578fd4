import {
  bal as balVan,
  evolve,
  type Bal,
  type Bijlage,
  type Doorsturing,
  type SignaalInhoud,
  type SignaalState,
  type SignaalStatus,
} from '@signaalspoor/domain';
import type { ActorRef, RecordedEvent } from '@signaalspoor/event-store';
import { toSignaalEvent } from '@signaalspoor/signaal-store';
import { duurMs, gegevensVan } from './traject';

/**
 * The read side's own shape of a signaal. Bump SIGNAAL_VIEW_VERSION whenever this shape, the
 * projection below or the tables of SignaalViewRepository change: the projection is then rebuilt
 * from position zero, so no stored view ever has an older shape than the code reading it.
 */
// 3: SignaalView instead of the domain's SignaalState; 4: duplicaatVan; 5: column duplicaat_van
// (indexed, so a signaal's duplicates are one index lookup) and list indexes ending in signaal_id;
// 6: signalen_aantallen, the counts per raad and status; 7: status `duplicaat` (ball with nobody);
// 8: columns `positie` and `hop` (were `position` and `stap`); 9: `openbaar` and `afgeschermd`
// (publishing for residents), column `openbaar` with partial indexes of the public signalen;
// 10: `coordinaten` with columns `lat`, `lon` (a bounding box filter) and `bijlagen`; 11: columns
// `bal_bij`, `termijn_op` (sorting on the deadline) and `zoek`, the full-text search document;
// 12: `zoek` holds every prefix of its words, indexed with raad_id and status (btree_gin)
// 13: the search's GIN index holds the words alone; 14: back to raad_id, status and the words (13
// read every match of a word over all raden: pgbench gave 2.5x the searches per second with 14);
// 15: columns `actie_op` and `actie_beleid` (the deadlines process manager reads only what is due)
export const SIGNAAL_VIEW_VERSION = 15;

/** A doorsturing as the domain's state has it: the view keeps the fold's shape, not a copy of it. */
export type DoorsturingView = Doorsturing;

export interface TerugkoppelingView {
  boodschap: string;
  definitief: boolean;
  op: string;
}

/** One signaal as read: what the raad submitted (coordinaten: the point it picked, WGS84) and what became of it. */
export interface SignaalView extends SignaalInhoud {
  id: string;
  status: SignaalStatus;
  ingediendOp: string;
  /** time of the last event */
  gewijzigdOp: string;
  openVraag?: { vraag: string; gevraagdOp: string };
  eersteVraagOp?: string;
  doorsturingen: DoorsturingView[];
  terugkoppelingen: TerugkoppelingView[];
  definitiefTeruggekoppeldOp?: string;
  heropend: boolean;
  afgeslotenOp?: string;
  ingetrokkenOp?: string;
  /** deadlines reported as passed, e.g. `ontvangst`, `antwoord-dienst:<doorsturing>` */
  overschredenTermijnen: string[];
  /** set while this signaal is linked as a duplicate of another (its main signaal) */
  duplicaatVan?: { signaalId: string; reden: string; op: string };
  /** residents may see it on the public page; absent: not public */
  openbaar?: true;
  /** the wijkmanager withdrew it from the public page, with this reason (the raad sees it) */
  afgeschermd?: { reden: string; op: string };
  /** photos and PDFs, in the order they were added (the bytes live in libs/bijlagen); absent: none */
  bijlagen?: Bijlage[];
  /** whose court the ball is in */
  bal: Bal;
  /** stream revision of the last event applied */
  revision: number;
  /** global position of the last event applied */
  positie: number;
}

/** One hop of the traject: one event of the signaal as the read side shows it. */
export interface TrajectHop {
  positie: number;
  revision: number;
  /** the event type */
  type: string;
  actor: ActorRef;
  /** ISO time it happened */
  at: string;
  /** since the previous hop; null for the first */
  duurMs: number | null;
  /** whose court after this hop */
  bal: Bal;
  /** the event's data without personal data */
  gegevens: Record<string, unknown>;
}

export interface Projectie {
  view: SignaalView;
  hop: TrajectHop;
}

/**
 * The projection of one event onto a signaal's view: pure. Returns null for an event that makes
 * no signaal (a stream that does not start with SignaalIngediend, as in the domain). The caller
 * guarantees the order: `event.revision` is the one after `vorige.revision`.
 */
export function projecteer(vorige: SignaalView | null, event: RecordedEvent): Projectie | null {
  const domainEvent = toSignaalEvent(event);
  const state = evolve(vorige && stateOf(vorige), domainEvent);
  if (!state) return null;
  const view = viewOf(state, {
    gewijzigdOp: domainEvent.at,
    revision: event.revision,
    positie: event.position,
  });
  const hop: TrajectHop = {
    positie: event.position,
    revision: event.revision,
    type: event.type,
    actor: event.metadata.actor,
    at: domainEvent.at,
    duurMs: vorige ? duurMs(vorige.gewijzigdOp, domainEvent.at) : null,
    bal: view.bal,
    gegevens: gegevensVan(domainEvent.data as unknown as Record<string, unknown>),
  };
  return { view, hop };
}

/** Folds a whole stream (in revision order): the view and every hop, or null when it makes no signaal. */
export function vouw(events: readonly RecordedEvent[]): { view: SignaalView; hops: TrajectHop[] } | null {
  let view: SignaalView | null = null;
  const hops: TrajectHop[] = [];
  for (const event of events) {
    const next = projecteer(view, event);
    if (!next) continue;
    view = next.view;
    hops.push(next.hop);
  }
  return view && { view, hops };
}

// The view is folded with the domain's own evolve, so the read side cannot disagree with the
// decider about a status or a court. These two maps are the only coupling to SignaalState: a
// renamed field breaks the build here, not a query at run time.

/** The domain state a view was folded from (for pure domain rules such as termijnCommands). */
export function stateOf(view: SignaalView): SignaalState {
  const { id, bal: _bal, gewijzigdOp: _gewijzigdOp, revision: _revision, positie: _positie, ...rest } = view;
  return { ...rest, signaalId: id };
}

function viewOf(
  state: SignaalState,
  meta: Pick<SignaalView, 'gewijzigdOp' | 'revision' | 'positie'>,
): SignaalView {
  const { signaalId, ...rest } = state;
  return { ...rest, id: signaalId, bal: balVan(state), ...meta };
}
