import {
  decide,
  evolve,
  fold,
  signaalStreamId,
  type SignaalCommand,
  type SignaalState,
} from '@signaalspoor/domain';
import { WrongExpectedRevisionError, type EventStore } from '@signaalspoor/event-store';
import { toNewEvent, toSignaalEvent, type CommandContext } from './codec';

export interface LoadedSignaal {
  state: SignaalState | null;
  /** revision of the last event, or -1 for an unknown signaal */
  revision: number;
}

export interface ExecuteResult {
  state: SignaalState;
  /** global position of the last event written (or of the stream head when nothing was written) */
  position: number;
  eventIds: string[];
}

/** Re-deciding on a fresh state is safe: decide is pure. After this many conflicts the caller gets 409. */
const MAX_ATTEMPTS = 3;

/**
 * Loads a Signaal by folding its stream and runs commands: decide on the current state, append
 * with the expected revision. A concurrent writer makes the append fail; the command is then
 * decided again on the new state, so a refusal reflects what actually happened meanwhile.
 */
export class SignaalRepository {
  constructor(private readonly store: EventStore) {}

  async load(signaalId: string): Promise<LoadedSignaal> {
    const recorded = await this.store.readStream(signaalStreamId(signaalId));
    const last = recorded.at(-1);
    return { state: fold(recorded.map(toSignaalEvent)), revision: last ? last.revision : -1 };
  }

  /**
   * Runs one command. `authorize` sees the current state before deciding (ownership checks
   * need it) and throws to refuse.
   */
  async execute(
    signaalId: string,
    command: SignaalCommand,
    context: CommandContext,
    authorize: (state: SignaalState | null) => void = () => undefined,
  ): Promise<ExecuteResult> {
    for (let attempt = 1; ; attempt++) {
      const { state, revision } = await this.load(signaalId);
      authorize(state);
      const events = decide(command, state);
      const next = events.reduce(evolve, state);
      if (events.length === 0) {
        return {
          state: next ?? (state as SignaalState),
          position: await this.store.headPosition(),
          eventIds: [],
        };
      }
      const newEvents = events.map((event) => toNewEvent(event, context));
      try {
        const result = await this.store.append(
          signaalStreamId(signaalId),
          newEvents,
          revision < 0 ? 'no-stream' : revision,
        );
        return {
          state: next as SignaalState,
          position: result.position,
          eventIds: newEvents.map((e) => e.id),
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}
