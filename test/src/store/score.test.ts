import { describe, expect, it } from 'vitest';
import { occupancyFit, scoreOf } from '../../../src/store/score';

describe('score', () => {
  it('gives 100 when every target is met', () => {
    expect(scoreOf({ serviceLevel: 0.85, target: 0.8, abandonRate: 0, occupancy: 0.82 }).total).toBe(100);
  });

  it('scales the service-level part by SL ÷ target', () => {
    expect(scoreOf({ serviceLevel: 0.4, target: 0.8, abandonRate: 0, occupancy: 0.8 }).serviceLevel).toBeCloseTo(25);
  });

  it('takes abandons off linearly, nothing left at 10 %', () => {
    expect(scoreOf({ serviceLevel: 1, target: 0.8, abandonRate: 0.05, occupancy: 0.8 }).abandons).toBeCloseTo(15);
    expect(scoreOf({ serviceLevel: 1, target: 0.8, abandonRate: 0.2, occupancy: 0.8 }).abandons).toBe(0);
  });

  it('rewards occupancy between 75 % and 90 % only', () => {
    expect(occupancyFit(0.5)).toBe(0);
    expect(occupancyFit(0.625)).toBeCloseTo(0.5);
    expect(occupancyFit(0.95)).toBeCloseTo(0.5);
    expect(occupancyFit(1)).toBe(0);
  });

  it('does not punish a day with nothing measured yet', () => {
    expect(scoreOf({ serviceLevel: null, target: 0.8, abandonRate: null, occupancy: null }).total).toBe(100);
  });
});
