import { isDeepStrictEqual } from 'node:util';
import {
  decide,
  evolve,
  signaalStreamId,
  type OnleesbaarEvent,
  type SignaalCommand,
  type SignaalEvent,
  type SignaalState,
} from '@signaalspoor/domain';
import {
  EventStoreError,
  WrongExpectedRevisionError,
  type EventStore,
  type RecordedEvent,
} from '@signaalspoor/event-store';
import {
  commandIds,
  foldSignaal,
  isReadable,
  readSignaalEvent,
  toNewEvent,
  type CommandContext,
  type CommandIds,
} from './codec';
import { CommandFout } from './errors';

export interface LoadedSignaal {
  state: SignaalState | null;
  /** revision of the last event, or -1 for an unknown signaal */
  revision: number;
}

export interface ExecuteResult {
  state: SignaalState;
  /** global position of the command's last event (of the log head when it wrote nothing) */
  position: number;
  /** the stream revision after the command */
  revision: number;
  /** ids of the command's events; none when it decided to write nothing */
  eventIds: string[];
}

/** Sees the current state before deciding and throws to refuse (ownership checks). */
export type Authorize = (state: SignaalState | null) => void;

/** Re-deciding on a fresh state is safe: decide is pure. After this many conflicts the caller gets 409. */
const MAX_ATTEMPTS = 3;
/** The longest pause before a retry, times the attempt: writers that collided do not collide in step again. */
const JITTER_MS = 10;

/**
 * Loads a Signaal by folding its stream and runs commands on it, in one shape for every command:
 * load, authorize, decide, append with the expected revision, and on a concurrent writer decide
 * again on the new state — so a refusal reflects what actually happened meanwhile.
 *
 * With an Idempotency-Key every event id derives from the key (see commandIds). The command is done
 * when its first event is in the stream: it then answers from the stored events, not from a new
 * decision — after a first try whose outcome was unknown, after a concurrent try with the same key,
 * and after its own append alike, so every try answers as a clean first try did. The same key used
 * for another request is refused (IDEMPOTENCY_KEY_HERGEBRUIKT).
 */
export class SignaalRepository {
  constructor(private readonly store: EventStore) {}

  async load(signaalId: string): Promise<LoadedSignaal> {
    const recorded = await this.store.readStream(signaalStreamId(signaalId));
    return { state: foldSignaal(recorded), revision: recorded.at(-1)?.revision ?? -1 };
  }

  async execute(
    signaalId: string,
    command: SignaalCommand,
    context: CommandContext,
    authorize: Authorize = () => undefined,
    maxAttempts = MAX_ATTEMPTS,
  ): Promise<ExecuteResult> {
    const streamId = signaalStreamId(signaalId);
    const ids = commandIds(context);
    const keyed = context.idempotencyKey !== undefined;
    let appended = false;
    // a command that starts a stream is first tried without reading it (see startsStream)
    let unread = !context.ifMatch && startsStream(command);
    for (let attempt = unread ? 0 : 1; ; attempt++) {
      const recorded = unread ? [] : await this.store.readStream(streamId);
      const done = keyed ? recorded.findIndex((event) => event.id === ids.event(0)) : -1;
      if (done >= 0) return replay(recorded, done, command, ids, authorize);
      if (appended) throw new Error(`Stream ${streamId} lacks the events just appended to it`);

      refuseUnreadable(recorded);
      const revision = recorded.at(-1)?.revision ?? -1;
      if (revision >= 0 && context.ifMatch && !context.ifMatch.includes(revision)) {
        throw revisieVeranderd(revision);
      }
      const state = foldSignaal(recorded);
      authorize(state);
      const events = decide(command, state);
      if (events.length === 0) {
        return { state: state!, position: await this.store.headPosition(), revision, eventIds: [] };
      }
      const newEvents = events.map((event, index) => toNewEvent(event, context, ids.event(index)));
      try {
        const result = await this.store.append(streamId, newEvents, revision < 0 ? 'no-stream' : revision);
        if (!keyed) {
          return {
            state: events.reduce(evolve, state)!,
            position: result.position,
            revision: result.nextRevision,
            eventIds: newEvents.map((event) => event.id),
          };
        }
        // answer from the stored events, as a retry would (and the store may have replayed a concurrent try's)
        appended = true;
        unread = false;
      } catch (error) {
        if (keyed && error instanceof EventStoreError && error.code === 'DUPLICATE_EVENT_ID') {
          throw hergebruikt();
        }
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (unread) {
          unread = false;
          continue;
        }
        if (context.ifMatch) throw revisieVeranderd(error.actual === 'no-stream' ? -1 : error.actual);
        if (attempt >= maxAttempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * JITTER_MS * attempt));
      }
    }
  }
}

/**
 * Whether the decider takes the command on an unknown signaal (it submits one). Such a command is
 * appended as the first events of its stream without reading the stream first: one round trip and one
 * transaction instead of two. The append's expected revision ('no-stream') refuses it when the stream
 * exists after all (a retry with the same Idempotency-Key the store replays, and is then answered from
 * the stored events), and the command is then decided again on what a read finds.
 */
function startsStream(command: SignaalCommand): boolean {
  try {
    return decide(command, null).length > 0;
  } catch {
    return false;
  }
}

/**
 * The answer to a command whose events are already stored from `start` on. The same request decides
 * the same events on the state before them (ignoring `persoon`, which crypto-shredding may change);
 * anything else is another request with the same key.
 */
function replay(
  recorded: RecordedEvent[],
  start: number,
  command: SignaalCommand,
  ids: CommandIds,
  authorize: Authorize,
): ExecuteResult {
  let end = start;
  while (end + 1 < recorded.length && recorded[end + 1].id === ids.event(end + 1 - start)) end++;
  const mine = recorded.slice(start, end + 1);
  const before = foldSignaal(recorded.slice(0, start));
  authorize(before);
  let decided: SignaalEvent[];
  try {
    decided = decide(command, before);
  } catch {
    throw hergebruikt();
  }
  const stored = mine.map(readSignaalEvent);
  if (decided.length !== stored.length || decided.some((event, i) => !sameEvent(event, stored[i]))) {
    throw hergebruikt();
  }
  const last = mine[mine.length - 1];
  return {
    state: foldSignaal(recorded.slice(0, end + 1))!,
    position: last.position,
    revision: last.revision,
    eventIds: mine.map((event) => event.id),
  };
}

function sameEvent(decided: SignaalEvent, stored: SignaalEvent | OnleesbaarEvent): boolean {
  const comparable = ({ persoon: _persoon, ...data }: Record<string, unknown>) =>
    JSON.parse(JSON.stringify(data)) as unknown;
  return (
    decided.type === stored.type &&
    isDeepStrictEqual(
      comparable(decided.data as unknown as Record<string, unknown>),
      comparable(stored.data as unknown as Record<string, unknown>),
    )
  );
}

/** An old node must not decide on a stream a newer version wrote to (rolling upgrade). */
function refuseUnreadable(recorded: RecordedEvent[]): void {
  const unreadable = recorded.find((event) => !isReadable(event));
  if (!unreadable) return;
  throw new CommandFout(
    'ONBEKEND_EVENTTYPE',
    `Dit signaal bevat een event dat deze versie van Signaalspoor niet kent (${unreadable.type}, schemaversie ${unreadable.metadata.schemaVersion}): een nieuwere versie schreef het. Probeer opnieuw wanneer de update overal klaar is.`,
  );
}

const revisieVeranderd = (revision: number) =>
  new CommandFout(
    'REVISIE_VERANDERD',
    `Het signaal werd intussen gewijzigd (nu revisie ${revision}). Haal het opnieuw op en beslis opnieuw.`,
    'If-Match',
  );

/** The same Idempotency-Key sent with another request: 422. */
export const hergebruikt = () =>
  new CommandFout(
    'IDEMPOTENCY_KEY_HERGEBRUIKT',
    'Deze Idempotency-Key werd al gebruikt voor een ander verzoek.',
    'Idempotency-Key',
  );
