/**
 * The snapshot's dashboard figures: interval points with answered, abandons,
 * ASA, AHT, occupancy and backlog; advisers' AHT and occupancy; email due times
 * and the outbound calling window. Read from the engine, never written to it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, parseScenario } from '../../sim/index';

const load = (file: string) => parseScenario(readFileSync(file, 'utf8'), file);

describe('snapshot figures for the dashboard', () => {
  it('interval points add up to the day and carry rates in range', () => {
    const sim = createSimulation(load('scenarios/training/multichannel-tuesday.json'));
    sim.advanceTo(2 * 3600 + 600);
    const s = sim.snapshot();
    for (const c of s.channels) {
      const points = s.intervals[c.id];
      expect(points.length).toBeGreaterThan(4);
      const answered = points.reduce((n, p) => n + p.answered, 0);
      expect(answered).toBeGreaterThanOrEqual(c.today.answered);
      for (const p of points) {
        if (p.occupancy !== null) {
          expect(p.occupancy).toBeGreaterThanOrEqual(0);
          expect(p.occupancy).toBeLessThanOrEqual(1);
        }
        if (p.abandonRate !== null) expect(p.abandonRate).toBeLessThanOrEqual(1);
        if (p.asa !== null) expect(p.asa).toBeGreaterThanOrEqual(0);
      }
      expect(points[points.length - 1].backlog).toBe(c.queueLength);
    }
    const occupied = s.advisers.filter((a) => a.occupancy !== null);
    expect(occupied.length).toBeGreaterThan(0);
    for (const a of occupied) expect(a.occupancy!).toBeLessThanOrEqual(1);
    for (const a of s.advisers) expect(a.aht === null ? a.handled === 0 : a.aht > 0).toBe(true);
  });

  it('report email due times and the calling window', () => {
    const sim = createSimulation(load('scenarios/training/multichannel-tuesday.json'));
    sim.advanceTo(3 * 3600);
    const s = sim.snapshot();
    for (const c of s.channels) {
      if (c.kind === 'email' && c.queueLength > 0) expect(c.oldestDueIn).not.toBeNull();
      if (c.kind !== 'outbound') expect(c.callingWindowClosesIn).toBeNull();
      if (c.oldestDueIn === null) expect(c.overdue).toBe(0);
    }
    const outbound = s.channels.find((c) => c.kind === 'outbound');
    if (outbound) {
      const local = s.clockSeconds % 86400;
      const inWindow = (local >= 36000 && local < 46800) || (local >= 50400 && local < 72000);
      if (inWindow) expect(outbound.callingWindowClosesIn).toBeGreaterThan(0);
    }
  });

  it('keep a finished interval point when nothing it shows moved', () => {
    const sim = createSimulation(load('scenarios/validation/erlang-c-team11.json'));
    sim.advanceTo(3 * 3600);
    const first = sim.snapshot().intervals.voice[0];
    sim.advanceTo(3 * 3600 + 1);
    expect(sim.snapshot().intervals.voice[0]).toBe(first);
    expect(first.backlog).not.toBeUndefined();
  });
});
