/**
 * Test builds only: crashing the engine on purpose, so the browser tests can
 * check how the page handles a failure. The page asks for it with
 * `?faultAt=<simulated seconds>`; the worker's simulations then throw once
 * simulated time reaches that point (once: restore and restart run clean).
 *
 * Every use is behind `import.meta.env.MODE === 'test'` (unit tests, and the
 * e2e build, made with `vite build --mode test`), which a production build
 * folds to false, so none of this ships.
 */
import { createSimulation, formatClock, type SimulationHandle } from '../../sim/index';
import type { SimWorkerApi } from './protocol';
import { createSimWorkerApi, type SimulationFactory } from './workerApi';

export interface FaultHook {
  /** Makes simulations like `createSimulation`, whose `advanceTo` throws when it would pass the armed time. */
  readonly simulate: SimulationFactory;
  /** Arms the fault at a simulated time (seconds since the start of the shift). */
  injectFault(time: number): void;
}

export function createFaultHook(create: SimulationFactory = createSimulation): FaultHook {
  let armed: number | null = null;
  const faulty = (sim: SimulationHandle): SimulationHandle =>
    new Proxy(sim, {
      get(target, key) {
        if (key === 'advanceTo') {
          return (time: number) => {
            if (armed === null || time < armed) return target.advanceTo(time);
            const at = armed;
            armed = null;
            // Reach the fault time first, so the page shows the clock where it broke.
            target.advanceTo(at);
            throw new Error(`Injected fault at ${formatClock(target.snapshot().clockSeconds)} (test hook)`);
          };
        }
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return {
    simulate: (scenario, options) => faulty(create(scenario, options)),
    injectFault(time) {
      armed = time;
    },
  };
}

/** The worker's API with the fault hook: what simWorker.ts exposes in a test build. */
export function faultableWorkerApi(): SimWorkerApi & Pick<FaultHook, 'injectFault'> {
  const hook = createFaultHook();
  return Object.assign(createSimWorkerApi(hook.simulate), { injectFault: hook.injectFault });
}
