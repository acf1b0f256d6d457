import { describe, expect, it } from 'vitest';
import type { AdviserSchedule, PlannedBreakSnapshot } from '../../../sim/snapshot';
import { adherence, breakStatus, nextBreak, outOfSchedule } from '../../../src/store/schedule';

const pause = (at: number, extra: Partial<PlannedBreakSnapshot> = {}): PlannedBreakSnapshot => ({ at, minutes: 10, kind: 'pause', state: 'planned', startedAt: null, endedAt: null, ...extra });
const schedule = (breaks: PlannedBreakSnapshot[]): AdviserSchedule => ({ shiftStart: 0, shiftEnd: 5 * 3600, breaks });

describe("an adviser's schedule", () => {
  it('tells each break apart: planned, due (finishing a contact), on it, done, cancelled', () => {
    expect(breakStatus(pause(3600), 0)).toBe('planned');
    expect(breakStatus(pause(3600, { state: 'taken' }), 3700)).toBe('due');
    expect(breakStatus(pause(3600, { state: 'taken', startedAt: 3700 }), 3800)).toBe('onBreak');
    expect(breakStatus(pause(3600, { state: 'taken', startedAt: 3700, endedAt: 4300 }), 5000)).toBe('done');
    expect(breakStatus(pause(3600, { state: 'cancelled' }), 5000)).toBe('cancelled');
  });

  it('names the next break not yet begun', () => {
    const s = schedule([pause(3600, { state: 'taken', startedAt: 3600, endedAt: 4200 }), pause(7200)]);
    expect(nextBreak(s, 5000)?.at).toBe(7200);
    expect(nextBreak(schedule([pause(3600, { state: 'cancelled' })]), 0)).toBeNull();
  });

  it('counts a late start and a late return against adherence, not a cancelled break', () => {
    // Began 5 min late, came back 3 min late: 8 min out of 2 h scheduled so far.
    const s = schedule([pause(3600, { state: 'taken', startedAt: 3900, endedAt: 3900 + 780 }), pause(5400, { state: 'cancelled' })]);
    expect(outOfSchedule(s, 7200)).toBe(480);
    expect(adherence(s, 7200)).toBeCloseTo(1 - 480 / 7200, 12);
  });

  it('counts a break still waiting to start, and one still running past its length', () => {
    expect(outOfSchedule(schedule([pause(3600, { state: 'taken' })]), 3900)).toBe(300);
    expect(outOfSchedule(schedule([pause(3600, { state: 'taken', startedAt: 3600 })]), 3600 + 900)).toBe(300);
  });

  it('is perfect with every break on time, and unknown before the shift starts', () => {
    expect(adherence(schedule([pause(3600, { state: 'taken', startedAt: 3600, endedAt: 4200 })]), 7200)).toBe(1);
    expect(adherence({ shiftStart: 3600, shiftEnd: 7200, breaks: [] }, 0)).toBeNull();
  });
});
