// The signaal the projection benches write: its commands and the context they are executed in.
import { randomUUID } from 'node:crypto';
import type { SignaalCommand } from '@signaalspoor/domain';
import type { CommandContext } from '@signaalspoor/signaal-store';

/** The bench writes as the system. */
export const context: CommandContext = {
  actor: { rol: 'systeem', id: 'bench' },
  correlationId: 'bench',
  causationId: 'bench',
};

/** One signaal's whole life: 10 events (the first 7 leave it open, feedback given). */
export function lifecycle(signaalId: string, at: string, raadId = 'dr-kermt'): SignaalCommand[] {
  const [a, b] = [randomUUID(), randomUUID()];
  return [
    {
      type: 'DienSignaalIn',
      at,
      signaalId,
      raadId,
      titel: 'Bench',
      omschrijving: 'Bench',
      thema: 'mobiliteit',
      bron: 'andere',
    },
    { type: 'StuurDoor', at, doorsturingId: a, dienstId: 'mobiliteit' },
    { type: 'StuurDoor', at, doorsturingId: b, dienstId: 'awv' },
    { type: 'PakOp', at, doorsturingId: a, dienstId: 'mobiliteit' },
    {
      type: 'Beantwoord',
      at,
      doorsturingId: a,
      dienstId: 'mobiliteit',
      besluit: 'ingepland',
      antwoord: 'Bench',
    },
    { type: 'StuurTerug', at, doorsturingId: b, dienstId: 'awv', reden: 'Bench' },
    { type: 'KoppelTerug', at, boodschap: 'Tussentijds', definitief: false },
    { type: 'KoppelTerug', at, boodschap: 'Definitief', definitief: true },
    { type: 'Heropen', at, reden: 'Bench' },
    { type: 'TrekIn', at },
  ];
}
