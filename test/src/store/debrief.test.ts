import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../sim/index';
import type { ReportResult } from '../../../sim/report/index';
import type { MissedMoment, ScoreSnapshot } from '../../../sim/snapshot';
import { biggestMissed, scoreTrend, timelineData } from '../../../src/store/debrief';
import { loadScenario } from '../../sim/helpers';

const point = (index: number, total: number) => ({ index, start: index * 1800, total, byBlock: { resources: total, people: total, improvement: total } });
const score = (totals: number[]): ScoreSnapshot => ({
  total: totals.at(-1) ?? 50, byBlock: { resources: 50, people: 50, improvement: 50 }, weights: { resources: 0.5, people: 0.25, improvement: 0.25 },
  byInterval: totals.map((t, i) => point(i, t)), entries: [], entryCount: 0, missed: [],
});

describe('the debrief data', () => {
  it('reads the trend from the last two interval points', () => {
    expect(scoreTrend(score([]))).toEqual({ direction: 'flat', delta: 0 });
    expect(scoreTrend(score([50, 55])).direction).toBe('up');
    expect(scoreTrend(score([55, 50, 48])).direction).toBe('down');
    expect(scoreTrend(score([50, 50.01])).direction).toBe('flat');
  });

  it('shows the missed moments that lasted longest first', () => {
    const m = (at: number, minutes: number): MissedMoment => ({ at, minutes, code: 'x', lever: 'openOverflow', params: {}, text: '' });
    expect(biggestMissed([m(100, 5), m(50, 30), m(10, 30), m(0, 1)], 3).map((x) => x.at)).toEqual([10, 50, 100]);
  });

  it('lines your intervals up with the ghost run and marks your applied actions', () => {
    const scenario = loadScenario('scenarios/training/default-weekday-morning.json');
    const sim = createSimulation(scenario, { commands: [{ at: 1800, type: 'setIvrMessage', enabled: true }, { at: 3600, type: 'coach', adviserId: 'nobody', minutes: 5 }] });
    sim.runToEnd();
    const result = sim.result();
    const ghost = { score: { total: 50, byBlock: result.score.byBlock }, kpis: { ...result.kpis, byInterval: result.kpis.byInterval.map((i) => ({ ...i, abandoned: i.abandoned + 1 })) } };
    const withGhost: ReportResult = { ...result, baseline: ghost };
    const data = timelineData(withGhost, 'voice', 8 * 3600, 1800);
    expect(data.xs[0]).toBe(8 * 3600 + 900);
    expect(data.yours.abandons).toHaveLength(data.xs.length);
    expect(data.ghost!.abandons.map((g, i) => g! - data.yours.abandons[i]!)).toEqual(data.xs.map(() => 1));
    expect(data.marks).toEqual(result.commands.filter((c) => c.status === 'applied').map((c) => 8 * 3600 + c.at));
    // The engine's own ghost run is there; a result without one draws no ghost line.
    expect(timelineData(result, 'voice', 8 * 3600, 1800).ghost).not.toBeNull();
    const { baseline: _b, ...alone } = result;
    expect(timelineData(alone, 'voice', 8 * 3600, 1800).ghost).toBeNull();
  });
});
