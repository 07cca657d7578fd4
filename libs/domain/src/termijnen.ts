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

/**
 * The commands the deadline process manager owes a signaal at `now`: a report for every deadline
 * that passed and was not reported yet, and the automatic closing once the acceptance period of the
 * final feedback is over. Pure: the caller brings the time.
 */
export function termijnCommands(state: SignaalState, now: string, beleid: TermijnBeleid): TermijnCommand[] {
  if (state.status === 'afgesloten' || state.status === 'ingetrokken') return [];
  // A duplicate is answered through its main signaal, whose deadlines run.
  if (state.duplicaatVan) return [];
  const at = Date.parse(now);
  const commands: TermijnCommand[] = [];
  const check = (termijn: Termijn, vanaf: string, werkdagen: number, doorsturingId?: string) => {
    if (state.gemeldeTermijnen.includes(termijnSleutel(termijn, doorsturingId))) return;
    const vervaldatum = plusWerkdagen(vanaf, werkdagen, beleid.extraVrijeDagen);
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
