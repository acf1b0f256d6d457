/**
 * Observing is a pure read: a day whose snapshot is taken every simulated second
 * ends exactly as the same day never observed. The console snapshots all the time,
 * so anything else would make a shift played in the browser fail to verify by replay.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../sim/index';
import { loadScenario } from './helpers';

const files = ['scenarios/training', 'scenarios/exam', 'scenarios/validation']
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f)));

describe('observing a day', () => {
  it.each(files)('%s: a snapshot every simulated second changes nothing', (file) => {
    const scenario = loadScenario(file);
    const unobserved = createSimulation(scenario);
    unobserved.runToEnd();
    const observed = createSimulation(scenario);
    let snapshots = 0;
    while (!observed.finished) {
      observed.advanceTo(observed.time + 1);
      observed.snapshot();
      snapshots++;
    }
    expect(snapshots).toBeGreaterThan(3600);
    expect(observed.result().resultHash).toBe(unobserved.result().resultHash);
  });
});
