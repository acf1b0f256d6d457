import { describe, expect, it } from 'vitest';
import { channelAhtSeconds } from '../../../sim/analytics/channelModel';
import { analyticRequiredStaff } from '../../../sim/analytics/requiredStaff';
import { requiredAgents } from '../../../sim/analytics/index';
import { loadScenario } from '../helpers';

describe('analytic required staff', () => {
  it('is Erlang C of the interval forecast on a validation scenario, and grosses up for shrinkage', () => {
    const scenario = loadScenario('scenarios/validation/erlang-c-team11.json');
    const rows = analyticRequiredStaff(scenario, { targetServiceLevel: 0.8, shrinkage: 0.3 });
    expect(rows).toHaveLength(24);
    const c = requiredAgents({ arrivalsPerHour: 200, ahtSeconds: 180, thresholdSeconds: 20, targetServiceLevel: 0.8 });
    expect(c).toBe(14);
    for (const r of rows) expect(r).toMatchObject({ channel: 'voice', forecast: 100, analytic: { erlangC: c, erlangA: null, withShrinkage: 20 } });
    expect(rows[0].interval).toBe('08:00');
    expect(rows[23].interval).toBe('19:30');
  });

  it('uses Erlang A with the mean patience, AHT with hold and wrap-up, and no shrinkage at 0', () => {
    const scenario = loadScenario('scenarios/training/default-weekday-morning.json');
    const ch = scenario.channels[0];
    const rows = analyticRequiredStaff(scenario, { targetServiceLevel: 0.8, shrinkage: 0 });
    expect(rows).toHaveLength(10);
    const aht = channelAhtSeconds(ch);
    expect(aht).toBeGreaterThan(0);
    for (const r of rows) {
      const perHour = r.forecast * 2; // 30-minute intervals
      const base = { arrivalsPerHour: perHour, ahtSeconds: aht, thresholdSeconds: ch.serviceLevel.thresholdSeconds, targetServiceLevel: 0.8 };
      expect(r.analytic.erlangC).toBe(requiredAgents(base));
      expect(r.analytic.erlangA).toBe(requiredAgents({ ...base, patienceSeconds: 240 }));
      expect(r.analytic.withShrinkage).toBe(r.analytic.erlangA);
    }
  });

  it('needs nobody for an interval without contacts', () => {
    const scenario = loadScenario('scenarios/validation/erlang-c-team11.json');
    const quiet = { ...scenario, channels: [{ ...scenario.channels[0], forecast: scenario.channels[0].forecast!.map((_, i) => (i === 0 ? 0 : 100)) }] };
    expect(analyticRequiredStaff(quiet, { targetServiceLevel: 0.8, shrinkage: 0.3 })[0].analytic).toEqual({ erlangC: 0, erlangA: null, withShrinkage: 0 });
  });
});
