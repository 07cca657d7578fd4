/** A health check's outcome as Terminus reports it: each check `up` or `down`, with its details. */
export type CheckOutcomes = Record<string, { status: string; error?: unknown } & Record<string, unknown>>;

/**
 * Logs a probe once per change of state, one line each, instead of once per probe: which checks went
 * down (with their error, if any), and that all are up again. Before the process was ever up its
 * failures are its start (consumers joining, projections catching up): the probe itself answers
 * what is missing, and the log stays quiet until the first success.
 */
export class ProbeLog {
  private up = false;
  private down = '';

  constructor(
    private readonly probe: string,
    private readonly logger: { warn(line: string): void; log(line: string): void },
  ) {}

  record(outcomes: CheckOutcomes): void {
    const failing = Object.entries(outcomes).filter(([, outcome]) => outcome.status !== 'up');
    if (failing.length === 0) {
      if (this.down) this.logger.log(`${this.probe}: weer in orde`);
      this.up = true;
      this.down = '';
      return;
    }
    const names = failing.map(([name]) => name).join(', ');
    if (!this.up || names === this.down) return;
    this.down = names;
    const why = failing.map(([name, { error }]) => (typeof error === 'string' ? `${name} (${error})` : name));
    this.logger.warn(`${this.probe}: niet in orde: ${why.join(', ')}`);
  }
}
