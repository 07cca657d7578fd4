import { SIGNAAL_STREAM_PREFIX } from '@signaalspoor/domain';
import type { RecordedEvent } from '@signaalspoor/event-store';
import { isSignaalEvent, signaalIdOf } from '@signaalspoor/signaal-store';
import type { PoolClient } from 'pg';
import { ProjectieFout, volgtOp, type Projection } from '@signaalspoor/projections';
import { projecteer, SIGNAAL_VIEW_VERSION, type SignaalView, type TrajectHop } from './signaal-view';
import type { SignaalViewRepository } from './signaal-view.repository';

/** One event as the view folded it: the signaal's view just before it (null for the first) and after it. */
export interface Stap {
  event: RecordedEvent;
  vorige: SignaalView | null;
  view: SignaalView;
}

/**
 * A process manager that derives from the fold instead of folding again: called with the batch's
 * steps, in order, in the transaction that stores them (before they are stored), exactly once per
 * event that changes the view. A rebuild of the view calls it again for every event.
 */
export interface SignaalVolger {
  migrate(client: PoolClient): Promise<void>;
  volg(client: PoolClient, stappen: readonly Stap[], views: SignaalViewRepository): Promise<void>;
}

/** The SignaalView of every signaal (detail, lists, figures, deadlines) and every hop of its traject. */
export class SignalenProjection implements Projection {
  readonly version = SIGNAAL_VIEW_VERSION;
  private readonly volgers: SignaalVolger[] = [];
  /** the views the last batch changed, as folded in memory (see gevouwen) */
  private laatsteBatch = new Map<string, SignaalView>();

  /** `name` keys the checkpoint: each copy of the view (see SignaalViewRepository's schema) has its own */
  constructor(
    private readonly views: SignaalViewRepository,
    readonly name = 'signalen',
  ) {}

  /** Adds a process manager that follows this fold (before the feed starts). */
  volgMet(volger: SignaalVolger): void {
    this.volgers.push(volger);
  }

  follows(streamId: string): boolean {
    return streamId.startsWith(SIGNAAL_STREAM_PREFIX);
  }

  async migrate(client: PoolClient): Promise<void> {
    await this.views.migrate(client);
    for (const volger of this.volgers) await volger.migrate(client);
  }

  reset(client: PoolClient): Promise<void> {
    return this.views.reset(client);
  }

  async appliedRevisions(client: PoolClient, streamIds: readonly string[]): Promise<Map<string, number>> {
    const revisies = await this.views.revisies(
      client,
      streamIds.filter((id) => this.follows(id)).map((id) => id.slice(SIGNAAL_STREAM_PREFIX.length)),
    );
    return new Map([...revisies].map(([id, revision]) => [SIGNAAL_STREAM_PREFIX + id, revision]));
  }

  /**
   * The signaal's view as the last applied batch left it, when that batch changed it: after the
   * runner committed the batch (its listeners), that is the view in the table, with no read.
   */
  gevouwen(signaalId: string): SignaalView | undefined {
    return this.laatsteBatch.get(signaalId);
  }

  /** Folds the batch in memory over the stored views, then writes each table in one statement. */
  async applyBatch(client: PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    this.laatsteBatch = new Map();
    const relevant = events.filter((event) => this.follows(event.streamId));
    if (!relevant.length) return;
    const ids = relevant.map(signaalIdOf);
    const { views: latest, revisies } = await this.views.laadMetRevisies(client, ids);
    const changed = new Map<string, SignaalView>();
    const hops: { signaalId: string; hop: TrajectHop }[] = [];
    const stappen: Stap[] = [];

    for (const event of relevant) {
      const signaalId = signaalIdOf(event);
      if (!volgtOp(revisies.get(signaalId), event)) continue; // already applied
      revisies.set(signaalId, event.revision);
      const vorige = latest.get(signaalId) ?? null;
      if (!isSignaalEvent(event)) {
        // a type this code does not know: the view stays, but it reflects the stream up to here
        if (!vorige) continue;
        const view = { ...vorige, revision: event.revision, positie: event.position };
        latest.set(signaalId, view);
        changed.set(signaalId, view);
        continue;
      }
      const next = apply(vorige, event);
      // the domain ignores events of a stream that never started with SignaalIngediend; so do we
      if (!next) continue;
      latest.set(signaalId, next.view);
      changed.set(signaalId, next.view);
      hops.push({ signaalId, hop: next.hop });
      stappen.push({ event, vorige, view: next.view });
    }
    for (const volger of this.volgers) await volger.volg(client, stappen, this.views);
    await this.views.bewaar(client, [...changed.values()], hops);
    this.laatsteBatch = changed;
  }
}

function apply(view: SignaalView | null, event: RecordedEvent) {
  try {
    return projecteer(view, event);
  } catch (error) {
    throw new ProjectieFout('onverwerkbaar', event, (error as Error).message);
  }
}
