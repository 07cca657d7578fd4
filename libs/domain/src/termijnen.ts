import type { MeldTermijnOverschreden, SluitAutomatischAf } from './commands';
import type { Termijn } from './events';
import { isOpen } from './evolve';
import { termijnSleutel, type SignaalState } from './state';

/** The deadlines of the city's policy. Working days skip Saturdays, Sundays and the feestdagen. */
export interface TermijnBeleid {
  /** triage by the wijkmanager, counted from the submission */
  ontvangstWerkdagen: number;
  /** an answer or send-back by the dienst, counted from each routing */
  antwoordDienstWerkdagen: number;
  /** final feedback to the raad, counted from the submission */
  terugkoppelingWerkdagen: number;
  /** calendar days the raad has to accept or reopen the final feedback before it closes itself */
  aanvaardingDagen: number;
  /** public holidays, as UTC dates YYYY-MM-DD */
  feestdagen: readonly string[];
}

export type TermijnCommand = MeldTermijnOverschreden | SluitAutomatischAf;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The time `werkdagen` working days after `start`: the same UTC time of day on the working day
 * reached by counting that many working days after the start date.
 */
export function plusWerkdagen(start: string, werkdagen: number, feestdagen: readonly string[]): string {
  const day = new Date(start);
  for (let left = werkdagen; left > 0;) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
    if (!weekend && !feestdagen.includes(day.toISOString().slice(0, 10))) left--;
  }
  return day.toISOString();
}

/**
 * The commands the deadline process manager owes a signaal at `now`: a report for every deadline
 * that passed and was not reported yet, and the automatic closing once the acceptance period of the
 * final feedback is over. Pure: the caller brings the time.
 */
export function termijnCommands(state: SignaalState, now: string, beleid: TermijnBeleid): TermijnCommand[] {
  if (state.status === 'afgesloten' || state.status === 'ingetrokken') return [];
  const at = Date.parse(now);
  const commands: TermijnCommand[] = [];
  const check = (termijn: Termijn, vanaf: string, werkdagen: number, doorsturingId?: string) => {
    if (state.gemeldeTermijnen.includes(termijnSleutel(termijn, doorsturingId))) return;
    const vervaldatum = plusWerkdagen(vanaf, werkdagen, beleid.feestdagen);
    if (at < Date.parse(vervaldatum)) return;
    commands.push({
      type: 'MeldTermijnOverschreden',
      at: now,
      termijn,
      vervaldatum,
      ...(doorsturingId !== undefined && { doorsturingId }),
    });
  };

  // Not triaged: never routed and never asked for clarification.
  if (state.status === 'ingediend' && state.doorsturingen.length === 0 && !state.eersteVraagOp) {
    check('ontvangst', state.ingediendOp, beleid.ontvangstWerkdagen);
  }
  for (const doorsturing of state.doorsturingen.filter(isOpen)) {
    check('antwoord-dienst', doorsturing.doorgestuurdOp, beleid.antwoordDienstWerkdagen, doorsturing.id);
  }
  // A reopened signaal has no final feedback again, so this deadline can still pass after a reopening.
  if (!state.definitiefTeruggekoppeldOp) {
    check('terugkoppeling', state.ingediendOp, beleid.terugkoppelingWerkdagen);
  } else if (at >= Date.parse(state.definitiefTeruggekoppeldOp) + beleid.aanvaardingDagen * DAY_MS) {
    commands.push({ type: 'SluitAutomatischAf', at: now, aanvaardingstermijnDagen: beleid.aanvaardingDagen });
  }
  return commands;
}
