import type { MeldTermijnOverschreden, SluitAutomatischAf } from './commands';
import type { Termijn } from './events';
import { isOpen } from './evolve';
import { plusWerkdagen } from './kalender';
import { termijnSleutel, type SignaalState } from './state';

/**
 * The deadlines of the city's policy. Working days are counted in Europe/Brussels and skip weekends,
 * the Belgian public holidays with 11 July (see kalender.ts) and the extra local days off.
 */
export interface TermijnBeleid {
  /** triage by the wijkmanager, counted from the submission */
  ontvangstWerkdagen: number;
  /** an answer or send-back by the dienst, counted from each routing */
  antwoordDienstWerkdagen: number;
  /** final feedback to the raad, counted from the submission */
  terugkoppelingWerkdagen: number;
  /** calendar days the raad has to accept or reopen the final feedback before it closes itself */
  aanvaardingDagen: number;
  /** local days off on top of the public holidays (e.g. the city's own), as dates YYYY-MM-DD */
  extraVrijeDagen: readonly string[];
}

export type TermijnCommand = MeldTermijnOverschreden | SluitAutomatischAf;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A deadline that runs for a signaal: what must happen, and by when (`doorsturingId` for a dienst's answer). */
export interface LopendeTermijn {
  termijn: Termijn;
  /** the moment the deadline passes (ISO 8601): the end of the last working day */
  uiterlijk: string;
  doorsturingId?: string;
}

/**
 * The deadlines that run for a signaal now, whether passed or not. Pure: the same rules the deadline
 * process manager reports on, so a screen that shows "uiterlijk 12 december" and the report agree.
 */
export function lopendeTermijnen(state: SignaalState, beleid: TermijnBeleid): LopendeTermijn[] {
  if (state.status === 'afgesloten' || state.status === 'ingetrokken') return [];
  // A duplicate is answered through its main signaal, whose deadlines run.
  if (state.duplicaatVan) return [];
  const termijnen: LopendeTermijn[] = [];
  const loopt = (termijn: Termijn, vanaf: string, werkdagen: number, doorsturingId?: string) =>
    termijnen.push({
      termijn,
      uiterlijk: plusWerkdagen(vanaf, werkdagen, beleid.extraVrijeDagen),
      ...(doorsturingId !== undefined && { doorsturingId }),
    });
  // Not triaged: never routed and never asked for clarification.
  if (state.status === 'ingediend' && state.doorsturingen.length === 0 && !state.eersteVraagOp) {
    loopt('ontvangst', state.ingediendOp, beleid.ontvangstWerkdagen);
  }
  for (const doorsturing of state.doorsturingen.filter(isOpen)) {
    loopt('antwoord-dienst', doorsturing.doorgestuurdOp, beleid.antwoordDienstWerkdagen, doorsturing.id);
  }
  // A reopened signaal has no final feedback again, so this deadline can still pass after a reopening.
  if (!state.definitiefTeruggekoppeldOp) {
    loopt('terugkoppeling', state.ingediendOp, beleid.terugkoppelingWerkdagen);
  }
  return termijnen;
}

/** The running deadlines not reported yet (whether passed or not). */
function onbemeld(state: SignaalState, beleid: TermijnBeleid): LopendeTermijn[] {
  return lopendeTermijnen(state, beleid).filter(
    ({ termijn, doorsturingId }) =>
      !state.overschredenTermijnen.includes(termijnSleutel(termijn, doorsturingId)),
  );
}

/** When the acceptance period of the final feedback ends (ms), for a signaal that would close then. */
function sluitAutomatischOp(state: SignaalState, beleid: TermijnBeleid): number | undefined {
  if (state.status === 'afgesloten' || state.status === 'ingetrokken' || state.duplicaatVan) return undefined;
  if (!state.definitiefTeruggekoppeldOp) return undefined;
  return Date.parse(state.definitiefTeruggekoppeldOp) + beleid.aanvaardingDagen * DAY_MS;
}

/**
 * The commands the deadline process manager owes a signaal at `now`: a report for every deadline
 * that passed and was not reported yet, and the automatic closing once the acceptance period of the
 * final feedback is over. Pure: the caller brings the time.
 */
export function termijnCommands(state: SignaalState, now: string, beleid: TermijnBeleid): TermijnCommand[] {
  const at = Date.parse(now);
  const commands: TermijnCommand[] = onbemeld(state, beleid)
    .filter(({ uiterlijk }) => at >= Date.parse(uiterlijk))
    .map(({ termijn, uiterlijk, doorsturingId }) => ({
      type: 'MeldTermijnOverschreden',
      at: now,
      termijn,
      vervaldatum: uiterlijk,
      ...(doorsturingId !== undefined && { doorsturingId }),
    }));
  const sluitOp = sluitAutomatischOp(state, beleid);
  if (sluitOp !== undefined && at >= sluitOp) {
    commands.push({ type: 'SluitAutomatischAf', at: now, aanvaardingstermijnDagen: beleid.aanvaardingDagen });
  }
  return commands;
}

/**
 * The first moment (ISO 8601) at which termijnCommands owes this signaal a command, or undefined
 * when nothing falls due without a new event. Until then the deadline process manager need not look
 * at the signaal: a read model keeps this moment, indexed, so a run reads only what is due.
 */
export function volgendeTermijnActie(state: SignaalState, beleid: TermijnBeleid): string | undefined {
  const momenten = onbemeld(state, beleid).map(({ uiterlijk }) => Date.parse(uiterlijk));
  const sluitOp = sluitAutomatischOp(state, beleid);
  if (sluitOp !== undefined) momenten.push(sluitOp);
  return momenten.length ? new Date(Math.min(...momenten)).toISOString() : undefined;
}
