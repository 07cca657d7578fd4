/**
 * Which global positions a bus-fed projection has applied, as a checkpoint that is safe to catch up
 * from: the highest position up to which every event is applied. The bus delivers partitions
 * concurrently, so events above it may be applied already (a catch-up applies them again, which
 * projections ignore per stream) while one below is not (Kafka still has it uncommitted). A position
 * that never comes — a dead-lettered event, a partition of another instance — only holds it back.
 */
export class AppliedPositions {
  private readonly above = new Set<number>();

  constructor(private mark: number) {}

  get checkpoint(): number {
    return this.mark;
  }

  /** The checkpoint once `positions` are applied too; changes nothing. */
  peek(positions: readonly number[]): number {
    let mark = this.mark;
    const seen = new Set(positions);
    while (this.above.has(mark + 1) || seen.has(mark + 1)) mark += 1;
    return mark;
  }

  /** Records `positions` as applied (durably); returns the checkpoint. */
  add(positions: readonly number[]): number {
    for (const position of positions) if (position > this.mark) this.above.add(position);
    while (this.above.delete(this.mark + 1)) this.mark += 1;
    // never grow without bound behind a position that does not come: stop advancing instead
    if (this.above.size > MAX_ABOVE) this.above.clear();
    return this.mark;
  }
}

const MAX_ABOVE = 100_000;
