/**
 * At most `max` tasks at once; the others wait their turn, in order. A photo held whole and decoded
 * takes many times its size in memory for a moment: this bounds a process's memory under a burst of
 * uploads, not just its CPU (see Beurten).
 */
export class Beperking {
  private bezig = 0;
  private readonly wachtrij: (() => void)[] = [];

  constructor(private readonly max: number) {}

  async voer<T>(werk: () => Promise<T>): Promise<T> {
    if (this.bezig >= this.max) await new Promise<void>((beurt) => this.wachtrij.push(beurt));
    else this.bezig += 1;
    try {
      return await werk();
    } finally {
      const volgende = this.wachtrij.shift();
      // the turn passes on directly: `bezig` stays as it is for the next task
      if (volgende) volgende();
      else this.bezig -= 1;
    }
  }
}
