import type { OnleesbaarEvent, SignaalEvent } from './events';
import { termijnSleutel, type Bal, type Doorsturing, type SignaalState, type SignaalStatus } from './state';

export const isOpen = (doorsturing: Doorsturing): boolean =>
  doorsturing.status === 'doorgestuurd' || doorsturing.status === 'opgepakt';

/**
 * The status follows from the facts in the state, in order of precedence. A link as a duplicate
 * hides the signaal's own status; unlinked, it has that status again.
 */
export function statusOf(state: Omit<SignaalState, 'status'>): SignaalStatus {
  if (state.ingetrokkenOp) return 'ingetrokken';
  if (state.afgeslotenOp) return 'afgesloten';
  if (state.duplicaatVan) return 'duplicaat';
  if (state.definitiefTeruggekoppeldOp) return 'teruggekoppeld';
  if (state.openVraag) return 'verduidelijking-gevraagd';
  if (state.doorsturingen.some(isOpen)) return 'in-behandeling';
  if (state.heropend) return 'heropend';
  if (state.doorsturingen.some((d) => d.status === 'beantwoord')) return 'beantwoord';
  return 'ingediend';
}

/** Whose court the ball is in. */
export function bal(state: SignaalState): Bal {
  switch (state.status) {
    case 'ingediend':
    case 'beantwoord':
    case 'heropend':
      return { bij: 'wijkmanager' };
    case 'verduidelijking-gevraagd':
    case 'teruggekoppeld':
      return { bij: 'raad' };
    case 'in-behandeling':
      return { bij: 'dienst', diensten: state.doorsturingen.filter(isOpen).map((d) => d.dienstId) };
    case 'duplicaat': // its main signaal carries the ball
    case 'afgesloten':
    case 'ingetrokken':
      return { bij: 'niemand' };
  }
}

/**
 * Applies one event to the state. A stream starts with SignaalIngediend; before it there is no
 * signaal (null) and other events leave it so. An event this code cannot read (OnleesbaarEvent, or
 * any type it does not know) leaves the facts as they were and is recorded in `onleesbaar`: a reader
 * never fails on it, a writer refuses to decide on such a state.
 */
export function evolve(
  state: SignaalState | null,
  event: SignaalEvent | OnleesbaarEvent,
): SignaalState | null {
  if (event.type === 'Onleesbaar') {
    return state && onleesbaar(state, `${event.data.type} v${event.data.schemaVersion}`);
  }
  if (event.type === 'SignaalIngediend') {
    const { signaalId, raadId, titel, omschrijving, thema, bron, locatie, coordinaten } = event.data;
    return withStatus({
      signaalId,
      raadId,
      titel,
      omschrijving,
      thema,
      bron,
      ...(locatie && { locatie }),
      ...(coordinaten && { coordinaten }),
      ingediendOp: event.at,
      doorsturingen: [],
      terugkoppelingen: [],
      heropend: false,
      overschredenTermijnen: [],
    });
  }
  if (!state) return null;
  return withStatus(apply(state, event));
}

export const fold = (events: Iterable<SignaalEvent | OnleesbaarEvent>): SignaalState | null => {
  let state: SignaalState | null = null;
  for (const event of events) state = evolve(state, event);
  return state;
};

type Facts = Omit<SignaalState, 'status'>;

const withStatus = (facts: Facts): SignaalState => ({ ...facts, status: statusOf(facts) });

function apply({ status: _status, ...state }: SignaalState, event: SignaalEvent): Facts {
  const { at } = event;
  switch (event.type) {
    case 'SignaalIngediend':
      return state;
    case 'VerduidelijkingGevraagd':
      return {
        ...state,
        openVraag: { vraag: event.data.vraag, gevraagdOp: at },
        eersteVraagOp: state.eersteVraagOp ?? at,
      };
    case 'VerduidelijkingGegeven': {
      const { openVraag: _answered, ...rest } = state;
      return rest;
    }
    case 'DoorgestuurdNaarDienst': {
      const { doorsturingId, dienstId, toelichting } = event.data;
      const doorsturing: Doorsturing = {
        id: doorsturingId,
        dienstId,
        status: 'doorgestuurd',
        ...(toelichting !== undefined && { toelichting }),
        doorgestuurdOp: at,
      };
      return { ...state, doorsturingen: [...state.doorsturingen, doorsturing], heropend: false };
    }
    case 'OpgepaktDoorDienst':
      return updateDoorsturing(state, event.data.doorsturingId, { status: 'opgepakt', opgepaktOp: at });
    case 'BeantwoordDoorDienst': {
      const { doorsturingId, besluit, antwoord, verwachteDatum } = event.data;
      return updateDoorsturing(state, doorsturingId, {
        status: 'beantwoord',
        beantwoordOp: at,
        besluit,
        antwoord,
        ...(verwachteDatum !== undefined && { verwachteDatum }),
      });
    }
    case 'TeruggestuurdDoorDienst':
      return updateDoorsturing(state, event.data.doorsturingId, {
        status: 'teruggestuurd',
        teruggestuurdOp: at,
        reden: event.data.reden,
      });
    case 'TeruggekoppeldAanRaad': {
      const { boodschap, definitief } = event.data;
      const terugkoppelingen = [...state.terugkoppelingen, { boodschap, definitief, op: at }];
      return definitief
        ? { ...state, terugkoppelingen, definitiefTeruggekoppeldOp: at, heropend: false }
        : { ...state, terugkoppelingen };
    }
    case 'SignaalHeropend': {
      // The final feedback no longer stands: the signaal is back with the wijkmanager.
      const { definitiefTeruggekoppeldOp: _rejected, ...rest } = state;
      return { ...rest, heropend: true };
    }
    case 'SignaalAfgesloten':
      return { ...state, afgeslotenOp: at };
    case 'SignaalIngetrokken':
      return { ...state, ingetrokkenOp: at };
    case 'GekoppeldAlsDuplicaat': {
      const { hoofdSignaalId, reden } = event.data;
      return { ...state, duplicaatVan: { signaalId: hoofdSignaalId, reden, op: at } };
    }
    case 'DuplicaatOntkoppeld': {
      const { duplicaatVan: _undone, ...rest } = state;
      return rest;
    }
    case 'OpenbaarGemaakt': {
      const { afgeschermd: _lifted, ...rest } = state;
      return { ...rest, openbaar: true };
    }
    case 'AfgeschermdVoorPubliek': {
      const { openbaar: _hidden, afgeschermd, ...rest } = state;
      const { door, reden } = event.data;
      if (door === 'wijkmanager') return { ...rest, afgeschermd: { reden: reden ?? '', op: at } };
      return afgeschermd ? { ...rest, afgeschermd } : rest;
    }
    case 'TermijnOverschreden': {
      const key = termijnSleutel(event.data.termijn, event.data.doorsturingId);
      return state.overschredenTermijnen.includes(key)
        ? state
        : { ...state, overschredenTermijnen: [...state.overschredenTermijnen, key] };
    }
    case 'BijlageToegevoegd': {
      const { bijlageId, naam, type, grootte, sha256, door } = event.data;
      const bijlage = { id: bijlageId, naam, type, grootte, sha256, door, toegevoegdOp: at };
      return { ...state, bijlagen: [...(state.bijlagen ?? []), bijlage] };
    }
    default:
      return onleesbaar(state, String((event as { type: unknown }).type));
  }
}

const onleesbaar = <S extends Facts>(state: S, label: string): S => ({
  ...state,
  onleesbaar: [...(state.onleesbaar ?? []), label],
});

const updateDoorsturing = (state: Facts, id: string, change: Partial<Doorsturing>): Facts => ({
  ...state,
  doorsturingen: state.doorsturingen.map((d) => (d.id === id ? { ...d, ...change } : d)),
});
