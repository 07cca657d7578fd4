import { eventually } from '@signaalspoor/testing';
import { signCheckpoint, type Checkpoint } from '../checkpoint';
import { auditSleutels } from '../sleutels';
import type { Getuige } from './getuige.port';
import { Getuigen } from './getuigen';

const sleutels = auditSleutels('a-secret-of-at-least-thirty-two-characters');
const at = (positie: number): Checkpoint =>
  signCheckpoint(
    sleutels.checkpointKey,
    { positie, hash: String(positie).repeat(64).slice(0, 64) },
    new Date(),
  );

/** A witness that fails its first `fails` deliveries, or never answers with `hangs`. */
class FakeGetuige implements Getuige {
  readonly naam = 'nep';
  readonly gekregen: number[] = [];
  pogingen = 0;
  constructor(
    private fails = 0,
    readonly minIntervalMs = 0,
    private readonly hangs = false,
  ) {}
  async getuig(checkpoint: Checkpoint): Promise<void> {
    this.pogingen += 1;
    if (this.hangs) return new Promise(() => undefined);
    if (this.fails > 0) {
      this.fails -= 1;
      throw new Error('niet bereikbaar');
    }
    this.gekregen.push(checkpoint.positie);
  }
  async close(): Promise<void> {}
}

const warnings: string[] = [];
const logger = { warn: (message: string) => warnings.push(message) };
const backoff = { initial: 20, max: 80 };

describe('Getuigen: handing checkpoints to witnesses', () => {
  let getuigen: Getuigen;
  afterEach(() => getuigen.stop());

  it('given a witness that never answers, then reporting and stopping never wait for it', async () => {
    getuigen = new Getuigen(logger, backoff);
    const getuige = new FakeGetuige(0, 0, true);
    getuigen.register(getuige);
    expect(getuigen.meld(at(1))).toBeUndefined();
    await eventually(async () => expect(getuige.pogingen).toBe(1), 2_000, 5);
    getuigen.meld(at(2));
    expect(getuigen.status()[0]).toMatchObject({ wachtend: 2, mislukt: 0 });
    await getuigen.stop();
  });

  it('given a witness that fails twice, then it is retried with backoff until it holds the checkpoint', async () => {
    getuigen = new Getuigen(logger, backoff);
    const getuige = new FakeGetuige(2);
    getuigen.register(getuige);
    getuigen.meld(at(3));
    await eventually(
      async () => expect(getuigen.status()[0]).toMatchObject({ mislukt: 1, wachtend: 3 }),
      2_000,
      5,
    );
    expect(getuigen.status()[0].fout).toBe('niet bereikbaar');
    await eventually(async () => expect(getuige.gekregen).toEqual([3]), 2_000, 5);
    expect(getuige.pogingen).toBe(3);
    expect(getuigen.status()[0]).toEqual({
      naam: 'nep',
      laatste: { positie: 3, tijd: expect.any(String) },
      mislukt: 0,
    });
    expect(warnings.some((line) => line.includes('checkpoint 3'))).toBe(true);
  });

  it('given checkpoints while one is retried or within the interval, then only the newest is delivered', async () => {
    getuigen = new Getuigen(logger, backoff);
    const getuige = new FakeGetuige(1, 1_500);
    getuigen.register(getuige);
    getuigen.meld(at(1));
    getuigen.meld(at(2));
    await eventually(async () => expect(getuige.gekregen).toEqual([2]), 2_000, 5);
    getuigen.meld(at(3));
    getuigen.meld(at(4));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getuige.gekregen).toEqual([2]);
    await eventually(async () => expect(getuige.gekregen).toEqual([2, 4]), 2_000, 5);
  });
});
