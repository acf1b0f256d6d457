/** Block weights come from the scenario (`scoring.weights`, normalised), with defaults. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, parseScenario, ScenarioError } from '../../sim/index';

const file = 'scenarios/exam/exam-standard-morning.json';
const withScoring = (scoring: unknown) => JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), scoring });

describe('score weights', () => {
  it('defaults to 0.4 / 0.3 / 0.3', () => {
    const sim = createSimulation(parseScenario(readFileSync(file, 'utf8'), file));
    sim.runToEnd();
    expect(sim.result().score.weights).toEqual({ resources: 0.4, people: 0.3, improvement: 0.3 });
  });

  it("takes the scenario's weights, normalised, and the total is their weighted mean", () => {
    const sim = createSimulation(parseScenario(withScoring({ weights: { resources: 2, people: 1, improvement: 1 } }), file));
    sim.runToEnd();
    const s = sim.result().score;
    expect(s.weights).toEqual({ resources: 0.5, people: 0.25, improvement: 0.25 });
    expect(s.total).toBeCloseTo(0.5 * s.byBlock.resources + 0.25 * s.byBlock.people + 0.25 * s.byBlock.improvement, 0);
  });

  it('refuses weights that are all zero, naming the path', () => {
    expect(() => parseScenario(withScoring({ weights: { resources: 0, people: 0, improvement: 0 } }), file)).toThrow(ScenarioError);
    expect(() => parseScenario(withScoring({ weights: { resources: 0, people: 0, improvement: 0 } }), file)).toThrow(/scoring\.weights.*at least one block/);
    expect(() => parseScenario(withScoring({ weights: { resources: -1, people: 1, improvement: 1 } }), file)).toThrow(/scoring\.weights\.resources/);
  });
});
