import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, parseScenario } from '../../../sim/index';
import { createSimStore, feedCapacity } from '../../../src/store/simStore';
import { SnapshotEncoder } from '../../../src/worker/snapshotDelta';

const file = 'scenarios/validation/erlang-c-team11.json';
const scenario = parseScenario(readFileSync(file, 'utf8'), file);

describe('sim store', () => {
  it('holds the latest snapshot and keeps unchanged advisers identical', () => {
    const store = createSimStore();
    const sim = createSimulation(scenario);
    const encoder = new SnapshotEncoder();
    sim.advanceTo(3600);
    const first = store.applyDelta(structuredClone(encoder.encode(sim.snapshot())));
    sim.advanceTo(3600.5);
    const second = store.applyDelta(structuredClone(encoder.encode(sim.snapshot())));
    expect(store.getState().snapshot).toBe(second);
    expect(store.getState().phase).toBe('running');
    const same = second.advisers.filter((a, i) => a === first.advisers[i]).length;
    expect(same).toBeGreaterThan(0);
  });

  it('keeps the activity feed bounded', () => {
    const store = createSimStore();
    const sim = createSimulation(scenario);
    const encoder = new SnapshotEncoder();
    store.applyDelta(structuredClone(encoder.encode(sim.snapshot())));
    for (let i = 0; i < feedCapacity + 30; i++) {
      sim.submit({ type: 'setSkills', adviserId: 'a01', skills: { voice: 1 } });
      sim.advanceTo(sim.time + 1);
      store.applyDelta(structuredClone(encoder.encode(sim.snapshot())));
    }
    expect(store.getState().feed.length).toBe(feedCapacity);
    expect(store.getState().feed.at(-1)?.kind).toBe('command');
  });

  it('records a failure', () => {
    const store = createSimStore();
    store.fail({ kind: 'engine', message: 'boom', restorableTime: 10 });
    expect(store.getState().phase).toBe('failed');
    expect(store.getState().failure?.message).toBe('boom');
  });
});
