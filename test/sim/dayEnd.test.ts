/**
 * The end of the run: when the day's work is over (after closing, nobody on the floor
 * or due, nothing being served), not when the last scheduled event would have run.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../sim/index';
import { loadScenario } from './helpers';

const multichannel = loadScenario('scenarios/training/multichannel-tuesday.json');
const closing = 10 * 3600; // 18:00

describe('the end of the day', () => {
  it('comes once the last adviser has logged out after closing, not hours later', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const sim = createSimulation(multichannel, { seed });
      sim.runToEnd();
      const r = sim.result();
      // Before: the clock ran to 22:43 for repeat contacts due in the evening.
      expect(r.simulatedSeconds, `seed ${seed}`).toBeGreaterThanOrEqual(closing);
      expect(r.simulatedSeconds, `seed ${seed}`).toBeLessThan(closing + 45 * 60);
      const snap = sim.snapshot();
      expect(snap.finished).toBe(true);
      expect(snap.advisers.every((a) => a.state === 'offline' || a.state === 'absent')).toBe(true);
    }
  });

  it('carries over what is left: emails still waiting, and customers due to try again later', () => {
    const sim = createSimulation(multichannel, { seed: 1 });
    sim.runToEnd();
    const r = sim.result();
    expect(r.kpis.byChannel.email.carriedOver).toBeGreaterThan(0);
    expect(Object.values(r.pendingReturns).reduce((n, k) => n + k, 0)).toBeGreaterThan(0);
    for (const id of Object.keys(r.pendingReturns)) expect(multichannel.channels.map((c) => c.id)).toContain(id);
  });

  it('waits for a called-in adviser still to come, and for a command held for later', () => {
    const sim = createSimulation(multichannel, { seed: 1, commands: [{ at: '18:30', type: 'callInAdviser', adviserId: 'a01' }] });
    sim.runToEnd();
    const r = sim.result();
    expect(r.commands[0]).toMatchObject({ status: 'applied', type: 'callInAdviser' });
    // The day's work was over by 18:10, but the command held for 18:30 still applies; the adviser arrives 45 min later, and the run goes on until they leave.
    expect(r.simulatedSeconds).toBeGreaterThan(closing + 75 * 60);
  });

  it('keeps the clock at the end when a paced console asks for later times', () => {
    const sim = createSimulation(multichannel, { seed: 2 });
    while (!sim.finished) sim.advanceTo(sim.time + 600);
    const end = sim.result().simulatedSeconds;
    expect(sim.time).toBe(end);
    sim.advanceTo(end + 3 * 3600);
    expect(sim.snapshot().time).toBe(end);
  });

  it('is the same whether run in one go or a minute at a time', () => {
    const whole = createSimulation(multichannel, { seed: 3 });
    whole.runToEnd();
    const sliced = createSimulation(multichannel, { seed: 3 });
    while (!sliced.finished) sliced.advanceTo(sliced.time + 60);
    expect(sliced.result().resultHash).toBe(whole.result().resultHash);
  });
});
