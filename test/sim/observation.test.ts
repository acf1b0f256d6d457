/**
 * Observing is a pure read: a day whose snapshot is taken again and again ends
 * exactly as the same day never observed. The console snapshots all the time,
 * so anything else would make a shift played in the browser fail to verify by replay.
 *
 * Snapshots come every simulated second for the first half hour, then at steps of
 * 1, 2, 3, 5, 7, 11 and 13 s in turn, so they fall at every offset within intervals
 * and events over the day, at a sixth of the cost of one a second (22 shipped days).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../sim/index';
import { loadScenario } from './helpers';

const files = ['scenarios/training', 'scenarios/exam', 'scenarios/validation']
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f)));

describe('observing a day', () => {
  const steps = [1, 2, 3, 5, 7, 11, 13];
  it.each(files)('%s: snapshots at every offset change nothing', (file) => {
    const scenario = loadScenario(file);
    const unobserved = createSimulation(scenario);
    unobserved.runToEnd();
    const observed = createSimulation(scenario);
    let snapshots = 0;
    while (!observed.finished) {
      observed.advanceTo(observed.time + (observed.time < 1800 ? 1 : steps[snapshots % steps.length]));
      observed.snapshot();
      snapshots++;
    }
    expect(snapshots).toBeGreaterThan(1800 + 3600 / 6);
    expect(observed.result().resultHash).toBe(unobserved.result().resultHash);
  });
});
