/**
 * The ghost run: same scenario and seed, no commands. It faces the same
 * customers, keeps in step with the live run, and gives the result's baseline.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../sim/index';
import { LIVE_SCORE_ENTRIES } from '../../sim/snapshotBuilder';
import { DEFAULT_SCENARIO, loadScenario } from './helpers';

const scenario = loadScenario('scenarios/exam/exam-standard-morning.json');
const log = [
  { at: '09:35', type: 'setIvrMessage', channelId: 'voice', message: 'incident' },
  { at: '09:40', type: 'teamBriefing', minutes: 3 },
  { at: '10:10', type: 'recordAbsence', adviserId: 'a04', reason: 'sick' },
  { at: '10:30', type: 'assignOfflineTask', adviserId: 'a01', minutes: 30 },
];

describe('the ghost run', () => {
  it('is the no-command run: the baseline equals a separate run without commands', () => {
    const live = createSimulation(scenario, { seed: 5, commands: log });
    live.runToEnd();
    const alone = createSimulation(scenario, { seed: 5 });
    alone.runToEnd();
    const r = live.result();
    expect(r.baseline.kpis).toEqual(alone.result().kpis);
    expect(r.baseline.score).toEqual({ total: alone.result().score.total, byBlock: alone.result().score.byBlock });
    expect(r.kpis).not.toEqual(r.baseline.kpis);
  });

  it('is made at the first command, mid-shift, and still matches a run without commands', () => {
    const live = createSimulation(scenario, { seed: 6 });
    live.advanceTo(2 * 3600);
    live.submit({ type: 'assignOfflineTask', adviserId: 'a02', minutes: 20 });
    live.runToEnd();
    const alone = createSimulation(scenario, { seed: 6 });
    alone.runToEnd();
    expect(live.result().baseline.kpis).toEqual(alone.result().kpis);
  });

  it('gives the same score however the run is stepped (a paced console or one call)', () => {
    const once = createSimulation(scenario, { seed: 7, commands: log });
    once.runToEnd();
    const stepped = createSimulation(scenario, { seed: 7, commands: log });
    for (let t = 0; !stepped.finished; t += 97) {
      stepped.advanceTo(t);
      stepped.snapshot();
    }
    expect(stepped.result().score).toEqual(once.result().score);
    expect(stepped.result().resultHash).toBe(once.result().resultHash);
  });

  it('posts only the latest score entries in a snapshot; the result has them all', () => {
    const sim = createSimulation(scenario, { seed: 8, commands: log });
    sim.runToEnd();
    const live = sim.snapshot().score;
    const all = sim.result().score;
    expect(all.entries.length).toBeGreaterThan(LIVE_SCORE_ENTRIES);
    expect(live?.entries).toEqual(all.entries.slice(-LIVE_SCORE_ENTRIES));
    expect(live?.entryCount).toBe(all.entries.length);
    expect(live?.total).toBe(all.total);
  });

  it('keeps the live score in step: mid-shift the snapshot score compares with the ghost at the same time', () => {
    const sim = createSimulation(loadScenario(DEFAULT_SCENARIO), { seed: 3 });
    sim.advanceTo(3600);
    expect(sim.snapshot().score?.byBlock.resources).toBe(50); // nothing done yet: the ghost is the live run
    sim.submit({ type: 'assignOfflineTask', adviserId: 'a01', minutes: 30 });
    sim.advanceTo(5400);
    const s = sim.snapshot().score;
    expect(s?.entries.some((e) => e.code === 'offQueueUnderPressure' || e.code === 'offQueueQuiet')).toBe(true);
    expect(s?.byBlock.resources).toBeLessThan(50);
  });
});
