import { randomUUID } from 'node:crypto';
import type { Actor } from '@signaalspoor/domain';
import { InMemoryEventStore } from '@signaalspoor/event-store/testing';
import { DEMO_REFERENCE_DATA, parseReferenceData, ReferenceData } from '@signaalspoor/reference-data';
import { SignaalCommandHandler } from './command-handler';
import type { CommandContext } from './codec';
import { SignaalRepository } from './signaal.repository';

/** The Hasselt demo set: wm-oost is the wijkmanager of dr-kermt, wm-noord of dr-kuringen. */
export const reference = new ReferenceData(parseReferenceData(DEMO_REFERENCE_DATA));

/** The time every command of the command path below is given. */
export const AT = '2026-03-03T09:00:00.000Z';

export const actoren = {
  raad: { rol: 'raad', id: 'lid-kermt', raadId: 'dr-kermt' },
  wijkmanager: { rol: 'wijkmanager', id: 'wm-oost' },
  andereWijkmanager: { rol: 'wijkmanager', id: 'wm-noord' },
  mobiliteit: { rol: 'dienst', id: 'mob-1', dienstId: 'mobiliteit' },
  groen: { rol: 'dienst', id: 'groen-1', dienstId: 'groen' },
} satisfies Record<string, Actor>;

/** The context of a command by this actor, with an Idempotency-Key or If-Match where given. */
export const context = (actor: Actor, extra: Partial<CommandContext> = {}): CommandContext => ({
  actor,
  correlationId: randomUUID(),
  causationId: randomUUID(),
  ...extra,
});

/** The command path without HTTP or PostgreSQL: the one handler over the in-memory event store. */
export function commandPath() {
  const store = new InMemoryEventStore();
  const signalen = new SignaalRepository(store);
  const commands = new SignaalCommandHandler(signalen, reference, () => new Date(AT));
  return { store, signalen, commands };
}
