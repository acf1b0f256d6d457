import { describe, expect, it } from 'vitest';
import type { AdviserSnapshot, ChannelKpis, IntervalPoint } from '../../../sim/snapshot';
import { adviserRow, adviserRows, intervalRows, serviceLevelVariants } from '../../../src/store/dashboard';

const point = (index: number, over: Partial<IntervalPoint> = {}): IntervalPoint => ({
  index, start: index * 1800, offered: 10, forecast: 8, serviceLevel: 0.8, answered: 9, abandoned: 1, abandonRate: 0.1,
  asa: 12, aht: 240, occupancy: 0.85, backlog: 0, ...over,
});
const adviser = (over: Partial<AdviserSnapshot> = {}): AdviserSnapshot =>
  ({
    id: 'a', name: 'Ana', state: 'available', handled: 4, handlingSeconds: 1200, aht: 300, occupancy: 0.7, observedQuality: null,
    mood: 0.6, stress: 0.2, fatigue: 0.1, schedule: { shiftStart: 0, shiftEnd: 28800, breaks: [] }, ...over,
  }) as AdviserSnapshot;

describe('dashboard rows', () => {
  it('place intervals in the day, with the gap to forecast and the current one marked', () => {
    const rows = intervalRows([point(0), point(1, { forecast: 0 }), point(2)], 8 * 3600);
    expect(rows.map((r) => r.clockSeconds)).toEqual([8 * 3600, 8 * 3600 + 1800, 8 * 3600 + 3600]);
    expect(rows[0].forecastGap).toBeCloseTo(0.25);
    expect(rows[1].forecastGap).toBeNull();
    // The interval in progress is partial: no gap to its whole forecast.
    expect(rows[2].forecastGap).toBeNull();
    expect(rows.map((r) => r.current)).toEqual([false, false, true]);
  });

  it('read an adviser: AHT, occupancy, adherence, and CSAT only when present', () => {
    const row = adviserRow(adviser(), 3600);
    expect([row.aht, row.occupancy, row.adherence, row.csat]).toEqual([300, 0.7, 1, null]);
    expect(adviserRow(adviser({ aht: undefined } as never), 3600).aht).toBe(300);
    expect(adviserRow({ ...adviser(), csat: 4.2 } as AdviserSnapshot, 3600).csat).toBe(4.2);
  });

  it('sort by a column with missing values last', () => {
    const list = [adviser({ id: 'a', name: 'Ana', occupancy: 0.5 }), adviser({ id: 'b', name: 'Bea', occupancy: null }), adviser({ id: 'c', name: 'Cid', occupancy: 0.9 })];
    expect(adviserRows(list, 0, 'occupancy', true).map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(adviserRows(list, 0, 'occupancy', false).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(adviserRows(list, 0, 'name', true).map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });

  it('put the service-level variants side by side', () => {
    const k = { serviceLevel: 0.8, serviceLevelVariants: { removedWithinThreshold: 0.85, g1: 0.82, g2: 0.84 } } as ChannelKpis;
    const none = { serviceLevel: null, serviceLevelVariants: { removedWithinThreshold: null, g1: null, g2: null } } as ChannelKpis;
    expect(serviceLevelVariants(k, none)).toEqual([
      { variant: 'serviceLevel', today: 0.8, interval: null },
      { variant: 'removedWithinThreshold', today: 0.85, interval: null },
      { variant: 'g1', today: 0.82, interval: null },
      { variant: 'g2', today: 0.84, interval: null },
    ]);
  });
});
