import {
  bal,
  type Bal,
  type Doorsturing,
  type DoorsturingStatus,
  type SignaalState,
} from '@signaalspoor/domain';

// Pure helpers that shape the traject: what a hop records and how long each part took.

/** Milliseconds from one ISO time to another. */
export const duurMs = (from: string, to: string): number => Date.parse(to) - Date.parse(from);

/** The data a hop shows: the event's data without personal data (kept apart under `persoon`). */
export function gegevensVan(data: Record<string, unknown>): Record<string, unknown> {
  const { persoon: _persoon, ...gegevens } = data;
  return gegevens;
}

export interface DoorsturingDuur {
  doorsturingId: string;
  dienstId: string;
  status: DoorsturingStatus;
  doorgestuurdOp: string;
  opgepaktOp?: string;
  /** when the dienst answered or sent it back */
  afgehandeldOp?: string;
  /** from routing to pickup */
  totOppakkenMs: number | null;
  /** from routing to the dienst's answer (a besluit, or sending it back as not theirs) */
  totAntwoordMs: number | null;
}

export function doorsturingDuur(doorsturing: Doorsturing): DoorsturingDuur {
  const { id, dienstId, status, doorgestuurdOp, opgepaktOp } = doorsturing;
  const afgehandeldOp = doorsturing.beantwoordOp ?? doorsturing.teruggestuurdOp;
  return {
    doorsturingId: id,
    dienstId,
    status,
    doorgestuurdOp,
    ...(opgepaktOp && { opgepaktOp }),
    ...(afgehandeldOp && { afgehandeldOp }),
    totOppakkenMs: opgepaktOp ? duurMs(doorgestuurdOp, opgepaktOp) : null,
    totAntwoordMs: afgehandeldOp ? duurMs(doorgestuurdOp, afgehandeldOp) : null,
  };
}

export interface Houder {
  /** Dutch, for display */
  omschrijving: string;
  /** time of the hop that put the ball where it is now */
  sinds: string;
}

/** Who holds the signaal now and since when, from its state and its hops in order. */
export function houderVan(state: SignaalState, hops: readonly { at: string; bal: Bal }[]): Houder {
  const current = balSleutel(hops.at(-1)?.bal);
  let sinds = hops.length - 1;
  while (sinds > 0 && balSleutel(hops[sinds - 1]?.bal) === current) sinds--;
  return { omschrijving: omschrijvingVan(state), sinds: hops[sinds]?.at ?? state.ingediendOp };
}

const balSleutel = (bal: Bal | undefined): string =>
  bal ? [bal.bij, ...(bal.bij === 'dienst' ? [...bal.diensten].sort() : [])].join(' ') : '';

function omschrijvingVan(state: SignaalState): string {
  switch (state.status) {
    case 'ingediend':
      return 'De wijkmanager: het signaal wacht op doorsturing.';
    case 'verduidelijking-gevraagd':
      return 'De raad: de wijkmanager vroeg om verduidelijking.';
    case 'in-behandeling': {
      const diensten = openDiensten(bal(state));
      return `${diensten.length === 1 ? 'Dienst' : 'Diensten'} ${diensten.join(', ')}: in behandeling.`;
    }
    case 'beantwoord':
      return 'De wijkmanager: de diensten antwoordden, de raad wacht op terugkoppeling.';
    case 'heropend':
      return 'De wijkmanager: de raad heropende het signaal.';
    case 'teruggekoppeld':
      return 'De raad: de definitieve terugkoppeling wacht op aanvaarding.';
    case 'afgesloten':
      return 'Niemand: het signaal is afgesloten.';
    case 'ingetrokken':
      return 'Niemand: het signaal is ingetrokken.';
  }
}

/** The diensten the ball is with (each with an open doorsturing). */
export const openDiensten = (court: Bal): string[] => (court.bij === 'dienst' ? court.diensten : []);
