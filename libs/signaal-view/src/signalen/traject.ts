import type { Bal, DoorsturingStatus } from '@signaalspoor/domain';
import type { Namen } from '@signaalspoor/reference-data';
import type { DoorsturingView, SignaalView } from './signaal-view';

// Pure helpers that shape the traject: what a hop records, how long each part took, who holds it.

/** Milliseconds from one ISO time to another. */
export const duurMs = (from: string, to: string): number => Date.parse(to) - Date.parse(from);

/** The data a hop shows: the event's data without personal data (kept apart under `persoon`). */
export function gegevensVan(data: Record<string, unknown>): Record<string, unknown> {
  const { persoon: _persoon, ...gegevens } = data;
  return gegevens;
}

export interface DoorsturingDuur {
  id: string;
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

export function doorsturingDuur(doorsturing: DoorsturingView): DoorsturingDuur {
  const { id, dienstId, status, doorgestuurdOp, opgepaktOp } = doorsturing;
  const afgehandeldOp = doorsturing.beantwoordOp ?? doorsturing.teruggestuurdOp;
  return {
    id,
    dienstId,
    status,
    doorgestuurdOp,
    ...(opgepaktOp && { opgepaktOp }),
    ...(afgehandeldOp && { afgehandeldOp }),
    totOppakkenMs: opgepaktOp ? duurMs(doorgestuurdOp, opgepaktOp) : null,
    totAntwoordMs: afgehandeldOp ? duurMs(doorgestuurdOp, afgehandeldOp) : null,
  };
}

export interface HouderDienst {
  id: string;
  naam: string;
  /** whether the dienst picked its doorsturing up */
  opgepakt: boolean;
}

export interface Houder {
  /** whose court the ball is in */
  rol: Bal['bij'];
  /** the raad or the wijkmanager holding it */
  id?: string;
  naam?: string;
  /** the diensten holding it (rol dienst) */
  diensten?: HouderDienst[];
  /** Dutch, for display */
  omschrijving: string;
  /** time of the hop that put the ball where it is now */
  sinds: string;
}

/** Who holds the signaal now and since when, from its view and its hops in order. */
export function houderVan(
  view: SignaalView,
  hops: readonly { at: string; bal: Bal }[],
  namen: Namen,
): Houder {
  const current = balSleutel(hops.at(-1)?.bal);
  let sinds = hops.length - 1;
  while (sinds > 0 && balSleutel(hops[sinds - 1]?.bal) === current) sinds--;
  const since = hops[sinds]?.at ?? view.ingediendOp;
  const { bal } = view;
  switch (bal.bij) {
    case 'dienst': {
      const diensten = bal.diensten.map((id) => ({
        id,
        naam: namen.dienst(id),
        opgepakt: view.doorsturingen.some((d) => d.dienstId === id && d.status === 'opgepakt'),
      }));
      const wie = diensten.map((d) => `${d.naam} (${d.opgepakt ? 'opgepakt' : 'nog niet opgepakt'})`);
      return { rol: 'dienst', diensten, omschrijving: `${wie.join(', ')}: in behandeling.`, sinds: since };
    }
    case 'raad':
      return {
        rol: 'raad',
        id: view.raadId,
        naam: namen.raad(view.raadId),
        omschrijving:
          view.status === 'teruggekoppeld'
            ? 'De raad: de definitieve terugkoppeling wacht op aanvaarding.'
            : 'De raad: de wijkmanager vroeg om verduidelijking.',
        sinds: since,
      };
    case 'wijkmanager': {
      const wijkmanager = namen.wijkmanager(view.raadId);
      return {
        rol: 'wijkmanager',
        ...(wijkmanager && { id: wijkmanager.id, naam: wijkmanager.naam }),
        omschrijving: WIJKMANAGER[view.status] ?? 'De wijkmanager.',
        sinds: since,
      };
    }
    case 'niemand':
      return { rol: 'niemand', omschrijving: NIEMAND[view.status] ?? 'Niemand.', sinds: since };
  }
}

const WIJKMANAGER: Partial<Record<SignaalView['status'], string>> = {
  ingediend: 'De wijkmanager: het signaal wacht op doorsturing.',
  beantwoord: 'De wijkmanager: de diensten antwoordden, de raad wacht op terugkoppeling.',
  heropend: 'De wijkmanager: de raad heropende het signaal.',
};

const NIEMAND: Partial<Record<SignaalView['status'], string>> = {
  duplicaat: 'Het hoofdsignaal: dit signaal is een duplicaat en wordt via het hoofdsignaal behandeld.',
  afgesloten: 'Afgerond: niemand moet nog iets doen.',
  ingetrokken: 'Ingetrokken: niemand moet nog iets doen.',
};

const balSleutel = (bal: Bal | undefined): string =>
  bal ? [bal.bij, ...(bal.bij === 'dienst' ? [...bal.diensten].sort() : [])].join(' ') : '';

/** The diensten the ball is with (each with an open doorsturing). */
export const openDiensten = (court: Bal): string[] => (court.bij === 'dienst' ? court.diensten : []);
