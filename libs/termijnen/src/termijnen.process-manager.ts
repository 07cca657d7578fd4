import { Logger, type LoggerService } from '@nestjs/common';
import {
  SignaalFout,
  termijnCommands,
  termijnSleutel,
  type Actor,
  type TermijnBeleid,
  type TermijnCommand,
} from '@signaalspoor/domain';
import { stateOf, type SignaalView, type SignaalViewRepository } from '@signaalspoor/signaal-view';
import type { SignaalRepository } from '@signaalspoor/signaal-store';
import { randomUUID } from 'node:crypto';

export interface TermijnenOptions {
  beleid: TermijnBeleid;
  /** time between two runs */
  intervalMs: number;
  /** the clock; default the system clock */
  now?: () => Date;
  /** signalen read per query; default 500 */
  pageSize?: number;
  logger?: Pick<LoggerService, 'log' | 'warn' | 'error'>;
}

export interface TermijnenRun {
  id: string;
  /** the time the run checked the deadlines against */
  now: string;
  /** signalen the read model nominated (those with a command due, see SignaalViewRepository.teDoen) */
  read: number;
  /** commands that wrote an event */
  written: number;
  /** commands refused or no longer due on the signaal's current state */
  skipped: number;
  /** commands that failed otherwise; the next run tries them again */
  failed: number;
}

export interface TermijnenStatus {
  ok: boolean;
  details: { running: boolean; lastRun?: TermijnenRun; lastError?: string };
}

export const TERMIJNEN_ACTOR: Actor = { rol: 'systeem', id: 'termijnen' };

const UNDEFINED_TABLE = '42P01';

/** Thrown before deciding when the signaal's current state no longer owes the command. */
class NoLongerDue extends Error {}

const sleutel = (command: TermijnCommand): string =>
  command.type === 'SluitAutomatischAf'
    ? command.type
    : termijnSleutel(command.termijn, command.doorsturingId);

/**
 * Reports passed deadlines (TermijnOverschreden) and closes signalen whose acceptance period is
 * over, on an interval and once at start.
 *
 * The read model only nominates candidates: the signalen whose next action (the domain's
 * volgendeTermijnActie, kept indexed by the signaal view) has come, so a run does not read every
 * open signaal. Every command is checked again on the state folded from the signaal's own stream,
 * in the same attempt that decides and appends it, so a lagging read model never causes a report
 * of a deadline that was met.
 *
 * One process never runs twice at once: a run that is due while another is in flight joins it.
 * Several processes (replicas of the signalen service, or the all-in-one app next to it) are safe
 * too: the decider reports each termijn key once (a second report decides to nothing), closing an
 * afgesloten signaal decides to nothing, and every append carries the expected revision, so of two
 * concurrent writers one re-decides on the state the other left.
 */
export class TermijnenProcessManager {
  private readonly now: () => Date;
  private readonly pageSize: number;
  private readonly logger: Pick<LoggerService, 'log' | 'warn' | 'error'>;
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<TermijnenRun>;
  private lastRun?: TermijnenRun;
  private lastError?: string;

  constructor(
    private readonly repository: SignaalRepository,
    private readonly views: SignaalViewRepository,
    private readonly options: TermijnenOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.pageSize = options.pageSize ?? 500;
    this.logger = options.logger ?? new Logger('Termijnen');
  }

  start(): void {
    if (this.timer) return;
    const tick = () => void this.run().catch(() => undefined);
    this.timer = setInterval(tick, this.options.intervalMs).unref();
    tick();
  }

  /** Stops the interval and waits for the run in flight. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.inFlight?.catch(() => undefined);
  }

  status(): TermijnenStatus {
    const running = this.timer !== undefined;
    const { lastRun, lastError } = this;
    return { ok: running && !lastError, details: { running, lastRun, lastError } };
  }

  /** One run over the signalen that owe a command; while a run is in flight, returns that one. */
  run(): Promise<TermijnenRun> {
    this.inFlight ??= this.runOnce()
      .then(
        (run) => {
          this.lastRun = run;
          this.lastError = undefined;
          if (run.written || run.failed) {
            this.logger.log(
              `Run ${run.id}: ${run.written} written, ${run.skipped} skipped, ${run.failed} failed`,
            );
          }
          return run;
        },
        (error: Error) => {
          this.lastError = error.message;
          this.logger.error(`Run failed: ${error.message}`, error.stack);
          throw error;
        },
      )
      .finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private async runOnce(): Promise<TermijnenRun> {
    const run: TermijnenRun = {
      id: randomUUID(),
      now: this.now().toISOString(),
      read: 0,
      written: 0,
      skipped: 0,
      failed: 0,
    };
    let page: SignaalView[] = [];
    do {
      // keyset paging: a signaal that closes during the run does not shift the pages
      page = await this.teDoen(run.now, page.at(-1)?.id ?? '');
      run.read += page.length;
      for (const view of page) {
        for (const command of termijnCommands(stateOf(view), run.now, this.options.beleid)) {
          run[await this.execute(view.id, command, run.id)]++;
        }
      }
    } while (page.length === this.pageSize);
    return run;
  }

  private async teDoen(now: string, after: string): Promise<SignaalView[]> {
    try {
      return await this.views.teDoen(now, this.options.beleid, after, this.pageSize);
    } catch (error) {
      // A fresh database before the projecties module (or service) created the read model.
      if ((error as { code?: string }).code !== UNDEFINED_TABLE) throw error;
      this.logger.log('projectie.signalen does not exist yet (fresh database): no deadlines to check');
      return [];
    }
  }

  private async execute(
    signaalId: string,
    command: TermijnCommand,
    runId: string,
  ): Promise<'written' | 'skipped' | 'failed'> {
    const context = {
      actor: TERMIJNEN_ACTOR,
      correlationId: randomUUID(),
      causationId: `termijnen:${runId}`,
    };
    try {
      const result = await this.repository.execute(signaalId, command, context, (state) => {
        const due = state ? termijnCommands(state, command.at, this.options.beleid) : [];
        if (!due.some((owed) => sleutel(owed) === sleutel(command))) throw new NoLongerDue();
      });
      return result.eventIds.length ? 'written' : 'skipped';
    } catch (error) {
      if (error instanceof NoLongerDue) return 'skipped';
      if (error instanceof SignaalFout) {
        this.logger.warn(`${command.type} on signaal ${signaalId} refused: ${error.code}`);
        return 'skipped';
      }
      this.logger.error(`${command.type} on signaal ${signaalId} failed: ${(error as Error).message}`);
      return 'failed';
    }
  }
}
