/**
 * Running a sweep: every variant × every replication seed, on `workers` threads.
 * Each variant uses the same seeds (common random numbers: neighbouring staffings
 * face the same customers), and results are gathered by task index before they
 * are summarised, so the lines are identical whatever the number of workers.
 */
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../index';
import { runReplication, summariseReplications, type ReplicationKpis, type RunOutput } from './runScenario';
import type { SweepTask, SweepWorkerData } from './sweepWorker';
import type { Variant } from './vary';

export interface SweepLine {
  readonly variant: Variant;
  readonly replications: NonNullable<RunOutput['replications']>;
}

export interface SweepInput {
  readonly variants: readonly { readonly variant: Variant; readonly scenario: Scenario }[];
  readonly seeds: readonly number[];
  readonly commands?: readonly unknown[];
  /** Threads; 1 runs in this thread, with no worker to start. */
  readonly workers: number;
}

/**
 * The worker's entry: the TypeScript source through tsx (the command line), or the
 * bundled sweepWorker.mjs next to this module when it runs bundled (the bench).
 */
function startWorker(data: SweepWorkerData): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // Node 20 does not run .ts in a worker, nor honour --import there: the worker registers tsx first.
    const source = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\n`
      + `register();\nawait import(${JSON.stringify(new URL('./sweepWorker.ts', here).href)});\n`;
    return new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`), { workerData: data, execArgv: [] });
  }
  return new Worker(new URL('./sweepWorker.mjs', here), { workerData: data, execArgv: [] });
}

export async function runSweep(input: SweepInput): Promise<SweepLine[]> {
  const tasks: SweepTask[] = input.variants.flatMap((_, variant) =>
    input.seeds.map((seed, r) => ({ task: variant * input.seeds.length + r, variant, seed })));
  const results: ReplicationKpis[] = new Array(tasks.length);
  const threads = Math.min(input.workers, tasks.length);
  if (threads <= 1) {
    for (const t of tasks) results[t.task] = runReplication(input.variants[t.variant].scenario, t.seed, input.commands);
  } else {
    await runOnWorkers(tasks, results, threads, { scenarios: input.variants.map((v) => v.scenario), commands: input.commands });
  }
  return input.variants.map((v, i) => ({
    variant: v.variant,
    replications: summariseReplications(v.scenario, input.seeds, results.slice(i * input.seeds.length, (i + 1) * input.seeds.length)),
  }));
}

function runOnWorkers(tasks: readonly SweepTask[], results: ReplicationKpis[], threads: number, data: SweepWorkerData): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    let failed = false;
    const workers = Array.from({ length: threads }, () => startWorker(data));
    const stop = () => Promise.all(workers.map((w) => w.terminate()));
    for (const w of workers) {
      w.on('message', (m: { task: number; kpis: ReplicationKpis }) => {
        results[m.task] = m.kpis;
        done++;
        if (next < tasks.length) w.postMessage(tasks[next++]);
        else if (done === tasks.length) stop().then(() => resolve(), reject);
      });
      w.on('error', (e) => {
        if (failed) return;
        failed = true;
        stop().finally(() => reject(e));
      });
      // Two tasks in flight per thread, so no thread waits on a round trip.
      for (let k = 0; k < 2 && next < tasks.length; k++) w.postMessage(tasks[next++]);
    }
  });
}
