/**
 * Labour rules with no supervisor at all: the engine's own routing and break plans
 * must keep every adviser within the rules (DOMAIN.md §3), so that a breach in a
 * trainee's run is always something the trainee did.
 */
import { describe, expect, it } from 'vitest';
import { E } from '../../sim/model/adviserMachine';
import { Simulation } from '../../sim/simulation';
import { loadScenario } from './helpers';

/** Minutes each planned break started after its planned time, by adviser id (undefined: never started). */
function breakLateness(file: string, seed: number): Record<string, (number | undefined)[]> {
  const sim = new Simulation(loadScenario(file), { seed });
  const starts: number[][] = sim.plans.map(() => []);
  sim.advisers.observer = (a, event) => {
    if (event === E.START_BREAK) starts[a].push(sim.time);
  };
  sim.runToEnd();
  return Object.fromEntries(sim.plans.map((p, a) => [p.id, sim.breaks.plans[a].map((b, k) => (starts[a][k] === undefined ? undefined : (starts[a][k] - b.at) / 60))]));
}

describe('labour rules with no commands', () => {
  it('chat and messaging advisers start their planned breaks within 20 minutes: new conversations stop ahead of a break', () => {
    // Before routing drained conversations ahead of a break, a06's 12:55 lunch started at 14:25.
    for (const seed of [1, 2, 3, 4, 5]) {
      const late = breakLateness('scenarios/training/multichannel-tuesday.json', seed);
      for (const id of ['a06', 'a07']) {
        expect(late[id].length, `${id} has planned breaks`).toBeGreaterThan(0);
        for (const minutes of late[id]) {
          expect(minutes, `seed ${seed}: ${id}'s break started`).toBeDefined();
          expect(minutes!, `seed ${seed}: ${id}'s break started ${minutes} min late`).toBeLessThanOrEqual(20);
        }
      }
    }
  });
});
