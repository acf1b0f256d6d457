/**
 * A finished lab sweep: its day figures must be the command line's sweep lines
 * for the same scenario, variants and replications, exactly (same rewrites,
 * same seeds, same engine, same estimator: any difference is a bug, not noise),
 * and its overlay and staffing those of each variant's scenario.
 */
import { describe, expect, it } from 'vitest';
import { erlangOverlay, overlayCaveats } from '../../../sim/analytics/erlangOverlay';
import { sweepLines } from '../../../sim/cli/sweepCommand';
import { onShiftPerInterval } from '../../../sim/scenario/roster';
import { toSeconds, type Scenario } from '../../../sim/index';
import type { LabDimension } from '../../../src/lab/plan';
import { DEFAULT_SCENARIO, loadScenario } from '../../sim/helpers';
import { plan, runLab, shortDay } from './labKit';

/** The lab's figures beside the command line's lines (`--vary name=from..to:step --jsonl --replications R --workers 1`). */
async function labAndCommandLine(scenario: Scenario, dimension: LabDimension, from: number, to: number, step: number, replications: number) {
  const p = plan({ scenario, dimension, from, to, step, replications });
  const results = runLab(p);
  const lines = (await sweepLines(scenario, 'test.json', { vary: `${dimension}=${from}..${to}:${step}`, replications, workers: 1 })).map((l) => JSON.parse(l));
  return { p, results, lines };
}

describe('the lab against the command line', () => {
  it.each([
    ['a generated team resized', 'scenarios/validation/erlang-a-team11.json', 'advisers', 10, 12, 1],
    ['a listed team\'s headcount per interval', DEFAULT_SCENARIO, 'staffing', -2, 2, 2],
    ['six channels\' volume', 'scenarios/training/multichannel-tuesday.json', 'volume', -10, 10, 20],
  ] as const)('gives the same day figures as the sweep lines: %s', async (_what, path, dimension, from, to, step) => {
    const scenario = path.includes('validation') ? shortDay(path) : loadScenario(path);
    const R = 3;
    const { p, results, lines } = await labAndCommandLine(scenario, dimension, from, to, step, R);
    expect(lines.map((l) => l.variant)).toEqual(p.variants.map((v) => v.variant));
    expect(results.seeds).toEqual(lines[0].replications.seeds);
    results.variants.forEach((v, i) => {
      const line = lines[i].replications;
      expect(line.count).toBe(R);
      expect(v.summary.replications).toBe(R);
      // Exactly equal: the JSON line is the command line's, the lab's summary goes through JSON as a worker's answer would.
      expect(JSON.parse(JSON.stringify(v.summary.byChannel)), `${JSON.stringify(v.variant)}`).toEqual(line.byChannel);
      expect(Object.keys(v.summary.byChannel)).toEqual(scenario.channels.map((c) => c.id));
      expect(JSON.parse(JSON.stringify(v.summary.occupancy))).toEqual(line.occupancy);
    });
    // The variants differ (the comparison is not of one figure with itself).
    const sl = results.variants.map((v) => v.summary.byChannel[scenario.channels[0].id].serviceLevel.mean);
    expect(new Set(sl).size).toBe(sl.length);
  });
});

describe('labResults', () => {
  it('carries each variant\'s overlay, staffing and the interval starts', () => {
    const scenario = loadScenario(DEFAULT_SCENARIO);
    const p = plan({ scenario, dimension: 'staffing', from: -3, to: 0, step: 3 });
    const results = runLab(p);
    expect(results.dimension).toBe('staffing');
    expect(results.replications).toBe(2);
    expect(results.scenarioId).toBe(scenario.id);
    expect(results.channels).toEqual([{ id: 'voice', kind: 'voice' }]);
    const start = toSeconds(scenario.clock.start);
    expect(results.intervalStarts).toEqual(Array.from({ length: 10 }, (_, k) => start + k * 1800));
    expect(results.caveats).toEqual(overlayCaveats(p.variants[0].run.scenario));
    results.variants.forEach((v, i) => {
      const run = p.variants[i].run;
      expect(v.value).toBe([-3, 0][i]);
      expect(v.overlay).toEqual(erlangOverlay(run.scenario));
      expect(v.onShift.voice).toEqual(onShiftPerInterval(scenario).map((n) => Math.max(0, n + v.value)));
      expect(v.overlay[0].points.map((pt) => pt.agents)).toEqual(v.onShift.voice);
      expect(v.summary.intervals.voice).toHaveLength(10);
    });
  });
});
