/**
 * Running a sweep: every variant × every replication seed, on `workers` threads.
 * Each variant uses the same seeds (common random numbers: neighbouring staffings
 * face the same customers), and results are gathered by task index before they
 * are summarised, so the lines are identical whatever the number of workers.
 */
import { Worker } from 'node:worker_threads';
import { unpackTotals, type Scenario } from '../index';
import { runReplication, summariseReplications, type RunOutput } from './runScenario';
import type { SweepMessage, SweepWorkerData } from './sweepWorker';
import type { Variant } from './vary';

export interface SweepLine {
  readonly variant: Variant;
  readonly replications: NonNullable<RunOutput['replications']>;
}

export interface SweepInput {
  /** A variant's own commands (the base log and its opening commands) replace `commands`. */
  readonly variants: readonly { readonly variant: Variant; readonly scenario: Scenario; readonly commands?: readonly unknown[] }[];
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
  const seeds = input.seeds;
  const count = input.variants.length * seeds.length;
  // Task i is replication i % R of variant ⌊i / R⌋; its totals go to results[i], whichever thread ran it.
  const results: Float64Array[] = new Array(count);
  const threads = Math.min(input.workers, count);
  const commands = input.variants.map((v) => v.commands ?? input.commands);
  const runHere = (i: number) => {
    const v = Math.floor(i / seeds.length);
    results[i] = runReplication(input.variants[v].scenario, seeds[i % seeds.length], commands[v]);
  };
  if (threads <= 1) {
    for (let i = 0; i < count; i++) runHere(i);
  } else {
    // The queue is a shared counter: each thread, this one included, claims its next task itself,
    // so no thread waits for another to hand it work, and none is left with more than the one it runs.
    const next = new Int32Array(new SharedArrayBuffer(4));
    const data: SweepWorkerData = { scenarios: input.variants.map((v) => v.scenario), seeds, commands, next };
    const helpers = runOnWorkers(results, threads - 1, data);
    for (let i = Atomics.add(next, 0, 1); i < count; i = Atomics.add(next, 0, 1)) runHere(i);
    await helpers;
  }
  return input.variants.map((v, i) => {
    const ids = v.scenario.channels.map((c) => c.id);
    const runs = results.slice(i * seeds.length, (i + 1) * seeds.length).map((packed) => unpackTotals(ids, packed));
    return { variant: v.variant, replications: summariseReplications(v.scenario, seeds, runs) };
  });
}

/** Starts `count` workers on the shared queue; resolves once each has sent back every task it claimed. */
function runOnWorkers(results: Float64Array[], count: number, data: SweepWorkerData): Promise<void> {
  return new Promise((resolve, reject) => {
    let running = count;
    let failed = false;
    const workers = Array.from({ length: count }, () => startWorker(data));
    const stop = () => Promise.all(workers.map((w) => w.terminate()));
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      Atomics.store(data.next, 0, results.length); // nobody claims another task
      stop().finally(() => reject(e));
    };
    for (const w of workers) {
      let done = false;
      w.on('message', (m: SweepMessage) => {
        if ('task' in m) {
          results[m.task] = m.totals;
          return;
        }
        done = true;
        if (--running === 0) stop().then(() => resolve(), reject);
      });
      w.on('error', fail);
      w.on('exit', (code) => {
        if (!done) fail(new Error(`a sweep worker stopped before its last task (exit code ${code})`));
      });
    }
  });
}
