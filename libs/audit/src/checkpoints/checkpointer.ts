import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CONFIG, type Config } from '@signaalspoor/config';
import {
  CheckpointFile,
  claimedHead,
  Getuigen,
  LOGBOEK,
  LogVerifier,
  signCheckpoint,
  storedEvents,
  type Afwijking,
  type Checkpoint,
  type Logboek,
} from '@signaalspoor/logboek';
import { PG_POOL, Readiness } from '@signaalspoor/database';
import type { Pool } from 'pg';

/** How often the head is checked and, when it moved, signed. */
export const CHECKPOINT_INTERVAL_MS = 5000;
const BATCH = 2000;

/**
 * Signs checkpoints of the log head outside the database: every few seconds, when the head moved, it
 * verifies the events since the last checkpoint (seal, chain, positions, nothing beyond the head) and
 * only then signs (position, hash, time) with the Ed25519 key, appends it to the checkpoint file
 * (SIGNAALSPOOR_CHECKPOINT_DIR, else the data dir), logs it and hands it to the witnesses (in the
 * background). A deviation is never signed: it is logged and fails readiness (`logboek`).
 * PostgreSQL store only (EventStoreDB keeps no hash chain).
 */
@Injectable()
export class Checkpointer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Logboek');
  readonly file: CheckpointFile;
  private timer?: NodeJS.Timeout;
  private running: Promise<Checkpoint | undefined> = Promise.resolve(undefined);
  private afwijking?: Afwijking;
  private lastError?: string;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(LOGBOEK) private readonly logboek: Logboek,
    private readonly getuigen: Getuigen,
    readiness: Readiness,
  ) {
    this.file = new CheckpointFile(config.checkpointDir);
    // a witness that is down delays nothing and fails nothing: its state is shown, not judged
    readiness.register('logboek', async () => ({
      ok: this.afwijking === undefined && this.lastError === undefined,
      details: {
        ...(this.afwijking && { eersteAfwijking: this.afwijking }),
        ...(this.lastError && { lastError: this.lastError }),
        getuigen: this.getuigen.status(),
      },
    }));
  }

  get enabled(): boolean {
    return !this.config.esdbConnectionString;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.logger.log(
      `Checkpoints in ${this.file.path}; public key:\n${this.logboek.sleutels.publicKeyPem.trim()}`,
    );
    if (this.getuigen.namen.length === 0) {
      const warning =
        'No witness for the checkpoints (AUDIT_WITNESS_URL, AUDIT_WITNESS_MAIL): whoever holds the key and the data dir can rewrite the log unseen';
      if (this.config.nodeEnv === 'production') this.logger.warn(warning);
      else this.logger.log(warning);
    } else this.logger.log(`Checkpoints witnessed by: ${this.getuigen.namen.join(', ')}`);
    const tick = () => {
      void this.checkpoint().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, CHECKPOINT_INTERVAL_MS);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Checkpoints the head now if it moved since the last checkpoint; one run at a time. */
  checkpoint(): Promise<Checkpoint | undefined> {
    this.running = this.running.then(
      () => this.run(),
      () => this.run(),
    );
    return this.running;
  }

  private async run(): Promise<Checkpoint | undefined> {
    if (!this.enabled) return undefined;
    try {
      const result = await this.verifyAndSign();
      this.lastError = undefined;
      return result;
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      this.logger.error(`Could not make a checkpoint: ${this.lastError}`);
      return undefined;
    }
  }

  private async verifyAndSign(): Promise<Checkpoint | undefined> {
    const last = (await this.file.read()).at(-1);
    const head = await claimedHead(this.pool);
    if (last ? head.positie === last.positie && head.hash === last.hash : head.positie === 0)
      return undefined;
    const verifier = new LogVerifier({
      // the current key and the earlier ones: seals made before a rotation still hold
      macKey: this.logboek.sleutels,
      ...(last && { start: { positie: last.positie, hash: last.hash } }),
    });
    for (let after = last?.positie ?? 0; after < head.positie;) {
      const rows = await storedEvents(this.pool, after, BATCH);
      for (const row of rows) {
        if (row.position > head.positie) break;
        if (!verifier.add(row)) break;
      }
      if (rows.length === 0 || !verifier.intact) break;
      after = rows[rows.length - 1].position;
    }
    const result = verifier.finish(head);
    if (!result.intact) {
      if (this.afwijking === undefined) {
        this.logger.error(
          `Log NOT checkpointed: ${result.eersteAfwijking?.reden} (position ${result.eersteAfwijking?.positie})`,
        );
      }
      this.afwijking = result.eersteAfwijking;
      return undefined;
    }
    this.afwijking = undefined;
    const checkpoint = signCheckpoint(this.logboek.sleutels.checkpointKey, head, new Date());
    await this.file.append(checkpoint);
    // a field of one JSON line: what a collector keeps, and no value elsewhere can forge it
    this.logger.log({ msg: 'checkpoint', checkpoint });
    this.getuigen.meld(checkpoint);
    return checkpoint;
  }
}
