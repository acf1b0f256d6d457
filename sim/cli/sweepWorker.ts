/**
 * A sweep's worker thread: receives the variants' scenarios once (workerData),
 * then runs one replication per message `{ task, variant, seed }` and posts back
 * `{ task, totals }`, the packed KPI totals (transferred, not cloned).
 * Bundled beside the bench as sweepWorker.mjs; run through tsx otherwise.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../index';
import { runReplication } from './runScenario';

export interface SweepTask {
  readonly task: number;
  readonly variant: number;
  readonly seed: number;
}

export interface SweepWorkerData {
  readonly scenarios: readonly Scenario[];
  readonly commands?: readonly unknown[];
}

const port = parentPort;
if (port) {
  const { scenarios, commands } = workerData as SweepWorkerData;
  port.on('message', (t: SweepTask) => {
    const totals = runReplication(scenarios[t.variant], t.seed, commands);
    port.postMessage({ task: t.task, totals }, [totals.buffer]);
  });
}
