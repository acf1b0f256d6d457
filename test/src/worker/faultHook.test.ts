import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createSimulation, parseScenario } from '../../../sim/index';
import { createFaultHook, faultableWorkerApi } from '../../../src/worker/faultHook';
import type { WorkerEvent } from '../../../src/worker/protocol';

const file = 'scenarios/validation/erlang-c-team11.json';
const scenario = parseScenario(readFileSync(file, 'utf8'), file);

describe('fault hook (test builds only)', () => {
  it('throws once simulated time reaches the armed point, with the clock there, then runs clean', () => {
    const hook = createFaultHook();
    const sim = hook.simulate(scenario);
    sim.advanceTo(300);
    hook.injectFault(600);
    sim.advanceTo(599);
    expect(() => sim.advanceTo(900)).toThrow(/^Injected fault at 08:10:00 \(test hook\)$/);
    expect(sim.time).toBe(600);
    sim.advanceTo(900);
    expect(sim.time).toBe(900);
  });

  it('leaves an unarmed simulation as it was', () => {
    const plain = createSimulation(scenario);
    const wrapped = createFaultHook().simulate(scenario);
    plain.advanceTo(1800);
    wrapped.advanceTo(1800);
    expect(wrapped.snapshot()).toEqual(plain.snapshot());
    expect(wrapped.submit({ type: 'coach', adviserId: 'a03', minutes: 10 })).toEqual(plain.submit({ type: 'coach', adviserId: 'a03', minutes: 10 }));
  });

  it('is armed through the worker API of a test build, and the page hears of the failure', async () => {
    // Fake timers drive the worker's pacing loop: nothing here waits on the wall clock.
    vi.useFakeTimers();
    try {
      const api = faultableWorkerApi();
      const events: WorkerEvent[] = [];
      api.connect((e) => events.push(e));
      expect(api.load(readFileSync(file, 'utf8'), file).ok).toBe(true);
      api.injectFault(60);
      api.setSpeed('end');
      api.play();
      await vi.advanceTimersByTimeAsync(500);
      const failure = events.find((e) => e.kind === 'failure');
      expect(failure?.kind === 'failure' && failure.failure).toMatchObject({ kind: 'engine', message: 'Injected fault at 08:01:00 (test hook)', restorableTime: 0 });
    } finally {
      vi.useRealTimers();
    }
  });
});
