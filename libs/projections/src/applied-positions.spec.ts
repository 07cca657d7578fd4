import { AppliedPositions } from './applied-positions';

describe('AppliedPositions', () => {
  it('given positions applied out of order, the checkpoint is the end of the gap-free run', () => {
    const applied = new AppliedPositions(10);
    expect(applied.add([13, 14])).toBe(10);
    expect(applied.peek([11])).toBe(11);
    expect(applied.peek([11, 12])).toBe(14);
    expect(applied.checkpoint).toBe(10);
    expect(applied.add([12, 11])).toBe(14);
  });

  it('ignores redelivered positions at or below the checkpoint', () => {
    const applied = new AppliedPositions(5);
    expect(applied.add([3, 4, 5, 6])).toBe(6);
  });

  it('stays behind a position that never comes', () => {
    const applied = new AppliedPositions(0);
    expect(applied.add([2, 3, 4])).toBe(0);
  });
});
