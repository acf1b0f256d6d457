import { describe, expect, it } from 'vitest';
import { endChunkSeconds, maxWallDeltaMs, paceTarget, speeds, stepSpeed, isSpeed } from '../../../src/worker/pacer';

describe('paceTarget', () => {
  it('advances simulated time by wall time × speed', () => {
    expect(paceTarget(100, 100, 1)).toBeCloseTo(100.1);
    expect(paceTarget(100, 100, 60)).toBeCloseTo(106);
    expect(paceTarget(0, 66, 120)).toBeCloseTo(7.92);
  });

  it('caps the wall delta so a backgrounded tab does not jump', () => {
    expect(paceTarget(0, 10_000, 120)).toBeCloseTo((maxWallDeltaMs / 1000) * 120);
  });

  it('never goes back in time on a negative wall delta', () => {
    expect(paceTarget(50, -30, 5)).toBe(50);
  });

  it('moves by a fixed chunk when running to the end of the shift', () => {
    expect(paceTarget(300, 1, 'end')).toBe(300 + endChunkSeconds);
  });
});

describe('stepSpeed', () => {
  it('steps through the list and stays within it', () => {
    expect(stepSpeed(1, 1)).toBe(2);
    expect(stepSpeed(15, -1)).toBe(5);
    expect(stepSpeed(1, -1)).toBe(1);
    expect(stepSpeed('end', 1)).toBe('end');
    expect(stepSpeed(120, 1)).toBe('end');
  });

  it('offers pause-free real-time multipliers from 1× to 120× and run to end', () => {
    expect(speeds).toEqual([1, 2, 5, 15, 30, 60, 120, 'end']);
    expect(isSpeed(30)).toBe(true);
    expect(isSpeed(3)).toBe(false);
  });
});
