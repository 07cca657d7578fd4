// The witness port: hands one signed checkpoint to someone the database's administrator does not
// control. Adapters per technology in their own folder (webhook/ here; the auditors' mail in
// libs/meldingen, through its MailPort).
import type { Checkpoint } from '../checkpoint';

export interface Getuige {
  /** a name for the logs and readiness, e.g. `webhook` */
  readonly naam: string;
  /**
   * at most one delivery per this many ms (a mailbox wants no mail every 5 s); meanwhile only the
   * newest checkpoint waits, and it covers every row before it; 0: every checkpoint as it comes
   */
  readonly minIntervalMs: number;
  /** Resolves once the witness holds the checkpoint; rejects otherwise (retried with backoff). */
  getuig(checkpoint: Checkpoint): Promise<void>;
  close(): Promise<void>;
}
