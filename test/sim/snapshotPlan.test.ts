/**
 * The plan a real console shows: each adviser's shift, planned breaks (taken or not,
 * when they really started and ended) and working time since the last pause, current
 * at every snapshot, not only at the adviser's last change of state.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../sim/index';
import { loadScenario } from './helpers';

const scenario = loadScenario('scenarios/training/default-weekday-morning.json');
const at = (hhmm: string) => { const [h, m] = hhmm.split(':').map(Number); return (h - 8) * 3600 + m * 60; };

describe("an adviser's plan in the snapshot", () => {
  it('gives the shift and the planned breaks, then when each break really started and ended', () => {
    const sim = createSimulation(scenario);
    const before = sim.snapshot().advisers[0];
    expect(before.schedule.shiftStart).toBe(0);
    expect(before.schedule.shiftEnd).toBe(at('13:00'));
    expect(before.schedule.breaks.length).toBeGreaterThan(0);
    expect(before.schedule.breaks.every((b) => b.state === 'planned' && b.startedAt === null && b.minutes > 0)).toBe(true);
    sim.runToEnd();
    const after = sim.snapshot().advisers[0];
    for (const b of after.schedule.breaks) {
      expect(b.state).toBe('taken');
      expect(b.startedAt!).toBeGreaterThanOrEqual(b.at);
      expect(b.endedAt! - b.startedAt!).toBeGreaterThanOrEqual(b.minutes * 60 - 1e-6);
    }
  });

  it('moves the shift end with overtime, and marks a cancelled break', () => {
    const sim = createSimulation(scenario, { seed: 3 });
    sim.advanceTo(at('09:00'));
    const id = sim.snapshot().advisers[1].id;
    expect(sim.submit({ type: 'cancelBreak', adviserId: id }).status).toBe('applied');
    const overtime = sim.submit({ type: 'askOvertime', adviserId: id, minutes: 30 });
    const adviser = sim.snapshot().advisers[1];
    expect(adviser.schedule.breaks[0].state).toBe('cancelled');
    if (overtime.status === 'applied') expect(adviser.schedule.shiftEnd).toBe(at('13:30'));
    else expect(adviser.schedule.shiftEnd).toBe(at('13:00'));
  });

  it('keeps working time since the last pause current between state changes, in whole minutes', () => {
    const sim = createSimulation(scenario);
    for (const minute of [10, 25, 59]) {
      sim.advanceTo(minute * 60 + 30);
      // Everyone logged in at 08:00 and nobody has had a pause yet: all of it is working time.
      for (const a of sim.snapshot().advisers.filter((x) => x.state !== 'offline' && x.state !== 'absent')) {
        expect(a.workedSincePause, `${a.id} at 08:${minute}:30`).toBe(minute);
        expect(a.workedSinceLongBreak).toBe(minute);
      }
    }
  });

  it('keeps an unchanged adviser the same object from one snapshot to the next within a minute', () => {
    const sim = createSimulation(scenario);
    sim.advanceTo(600);
    const first = sim.snapshot();
    const second = sim.snapshot();
    expect(second.advisers).toBe(first.advisers);
  });
});
