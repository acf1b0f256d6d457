/**
 * A sweep's worker thread: receives the variants' scenarios, the seeds and the
 * shared task counter once (workerData), then claims tasks from the counter until
 * none is left, posting `{ task, totals }` for each (the packed KPI totals,
 * transferred, not cloned) and `{ done: true }` at the end.
 * Bundled beside the bench as sweepWorker.mjs; run through tsx otherwise.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../index';
import { runReplication } from './runScenario';

export interface SweepWorkerData {
  readonly scenarios: readonly Scenario[];
  readonly seeds: readonly number[];
  /** Per scenario: the commands its replications run. */
  readonly commands: readonly (readonly unknown[] | undefined)[];
  /** The next task to claim (Atomics.add): task i is seed i % seeds.length of scenario ⌊i / seeds.length⌋. */
  readonly next: Int32Array;
}

export type SweepMessage = { readonly task: number; readonly totals: Float64Array } | { readonly done: true };

const port = parentPort;
if (port) {
  const { scenarios, seeds, commands, next } = workerData as SweepWorkerData;
  const count = scenarios.length * seeds.length;
  try {
    for (let i = Atomics.add(next, 0, 1); i < count; i = Atomics.add(next, 0, 1)) {
      const v = Math.floor(i / seeds.length);
      const totals = runReplication(scenarios[v], seeds[i % seeds.length], commands[v]);
      port.postMessage({ task: i, totals } satisfies SweepMessage, [totals.buffer]);
    }
  } catch (e) {
    Atomics.store(next, 0, count); // the other threads claim no more: the sweep fails
    throw e;
  }
  port.postMessage({ done: true } satisfies SweepMessage);
}
