/**
 * Running a sweep: every variant × every replication seed, on `workers` threads.
 * Each variant uses the same seeds (common random numbers: neighbouring staffings
 * face the same customers), and results are gathered by task index before they
 * are summarised, so the lines are identical whatever the number of workers.
 */
import { Worker } from 'node:worker_threads';
import { unpackTotals, type Scenario } from '../index';
import { runReplication, summariseReplications, type RunOutput } from './runScenario';
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
  /** Threads, this one included: N − 1 workers are started; 1 runs in this thread alone. */
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
  const results: Float64Array[] = new Array(tasks.length);
  const threads = Math.min(input.workers, tasks.length);
  const queue = { next: 0 };
  const runHere = (t: SweepTask) => {
    results[t.task] = runReplication(input.variants[t.variant].scenario, t.seed, input.commands);
  };
  if (threads <= 1) {
    for (const t of tasks) runHere(t);
  } else {
    // This thread is one of the N: it takes tasks from the same queue as the N − 1 workers.
    const data = { scenarios: input.variants.map((v) => v.scenario), commands: input.commands };
    const helpers = runOnWorkers(tasks, results, queue, threads - 1, data);
    while (queue.next < tasks.length) {
      runHere(tasks[queue.next++]);
      // Let the workers' answers in, so they are handed their next task while this thread works.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await helpers;
  }
  return input.variants.map((v, i) => {
    const ids = v.scenario.channels.map((c) => c.id);
    const runs = results.slice(i * input.seeds.length, (i + 1) * input.seeds.length).map((packed) => unpackTotals(ids, packed));
    return { variant: v.variant, replications: summariseReplications(v.scenario, input.seeds, runs) };
  });
}

/** Runs tasks from the shared queue on `count` worker threads; resolves once every task they took is back. */
function runOnWorkers(tasks: readonly SweepTask[], results: Float64Array[], queue: { next: number }, count: number, data: SweepWorkerData): Promise<void> {
  return new Promise((resolve, reject) => {
    let inFlight = 0;
    let failed = false;
    const workers = Array.from({ length: count }, () => startWorker(data));
    const stop = () => Promise.all(workers.map((w) => w.terminate()));
    const feed = (w: Worker) => {
      if (queue.next >= tasks.length) return false;
      inFlight++;
      w.postMessage(tasks[queue.next++]);
      return true;
    };
    for (const w of workers) {
      w.on('message', (m: { task: number; totals: Float64Array }) => {
        results[m.task] = m.totals;
        inFlight--;
        if (!feed(w) && inFlight === 0) stop().then(() => resolve(), reject);
      });
      w.on('error', (e) => {
        if (failed) return;
        failed = true;
        queue.next = tasks.length;
        stop().finally(() => reject(e));
      });
      // Three tasks in flight per worker, so none waits on a round trip while this thread is busy.
      for (let k = 0; k < 3; k++) feed(w);
    }
  });
}
