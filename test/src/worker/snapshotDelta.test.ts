import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, parseScenario } from '../../../sim/index';
import type { ActivityEntry } from '../../../sim/snapshot';
import { applyDelta } from '../../../src/store/applyDelta';
import { SnapshotEncoder } from '../../../src/worker/snapshotDelta';

const file = 'scenarios/validation/erlang-c-team11.json';
const scenario = parseScenario(readFileSync(file, 'utf8'), file);
/** structuredClone is what postMessage does to a delta on its way to the page. */
const viaWorker = <T>(x: T): T => structuredClone(x);

describe('snapshot deltas', () => {
  it('rebuild the same snapshot on the page', () => {
    const sim = createSimulation(scenario);
    const encoder = new SnapshotEncoder();
    let page = null;
    for (const t of [0, 600, 1200, 4000]) {
      sim.advanceTo(t);
      const s = sim.snapshot();
      page = applyDelta(page, viaWorker(encoder.encode(s)));
      expect(page).toEqual(s);
    }
  });

  it('keep the identity of advisers and interval points that did not change', () => {
    const sim = createSimulation(scenario);
    const encoder = new SnapshotEncoder();
    sim.advanceTo(3600);
    const first = applyDelta(null, viaWorker(encoder.encode(sim.snapshot())));
    sim.advanceTo(3601);
    const next = sim.snapshot();
    const delta = viaWorker(encoder.encode(next));
    const second = applyDelta(first, delta);
    const changed = new Set(delta.advisers?.changed.map(([i]) => i) ?? []);
    expect(changed.size).toBeLessThan(next.advisers.length);
    second.advisers.forEach((a, i) => {
      if (!changed.has(i)) expect(a).toBe(first.advisers[i]);
    });
    const points = second.intervals.voice;
    expect(points[0]).toBe(first.intervals.voice[0]);
  });

  it('send nothing for advisers when nobody changed', () => {
    const sim = createSimulation(scenario);
    const encoder = new SnapshotEncoder();
    sim.advanceTo(100);
    const s = sim.snapshot();
    encoder.encode(s);
    const again = encoder.encode(s);
    expect(again.advisers).toBeNull();
    expect(again.commandLog).toBeNull();
    expect(Object.keys(again.intervals)).toHaveLength(0);
    expect(applyDelta(s, again).advisers).toBe(s.advisers);
  });

  it('start over with a full delta after a reset', () => {
    const sim = createSimulation(scenario);
    const encoder = new SnapshotEncoder();
    encoder.encode(sim.snapshot());
    encoder.reset();
    expect(encoder.encode(sim.snapshot()).base).toBe('full');
  });

  it('send the activity feed only when it changed, and keep small unchanged parts identical', () => {
    const sim = createSimulation(scenario);
    const encoder = new SnapshotEncoder();
    sim.advanceTo(600);
    const first = applyDelta(null, viaWorker(encoder.encode(sim.snapshot())));
    const again = viaWorker(encoder.encode(sim.snapshot()));
    expect(again.activity).toBeNull();
    const second = applyDelta(first, again);
    expect(second.activity).toBe(first.activity);
    expect(second.supervisor).toBe(first.supervisor);
    expect(second.score).toBe(first.score);
  });

  it('send a sliding feed as the entries that left and the ones that came, keeping the rest identical on the page', () => {
    const sim = createSimulation(scenario);
    const encoder = new SnapshotEncoder();
    const s = sim.snapshot();
    const entry = (i: number): ActivityEntry => ({ at: i, code: 'test.entry', params: { i }, text: `entry ${i}`, severity: 'info' });
    const log = Array.from({ length: 206 }, (_, i) => entry(i));
    const first = applyDelta(null, viaWorker(encoder.encode({ ...s, activity: log.slice(0, 200) })));
    const delta = viaWorker(encoder.encode({ ...s, activity: log.slice(6, 206) }));
    expect(delta.activity).toEqual({ drop: 6, append: log.slice(200) });
    const second = applyDelta(first, delta);
    expect(second.activity).toEqual(log.slice(6));
    expect(second.activity[0]).toBe(first.activity[6]);
    expect(second.activity[193]).toBe(first.activity[199]);
    // A window that is no slide of the previous one (a new log) is sent whole.
    const other = [entry(1000), entry(1001)];
    expect(viaWorker(encoder.encode({ ...s, activity: other })).activity).toEqual({ drop: 200, append: other });
  });
});
