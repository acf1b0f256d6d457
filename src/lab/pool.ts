/**
 * The lab's pool of workers, one per core: every (variant, replication) is a
 * task taken from one queue, replication by replication, so a cancelled or
 * half-done sweep has covered every variant evenly. Progress reports the tasks
 * done and an estimate of the time left from the pace so far.
 */
import * as Comlink from 'comlink';
import type { LabReplication } from '../../sim/kpi/labSummary';
import type { VariantRun } from '../../sim/scenario/variants';
import type { LabWorkerApi } from '../worker/labApi';

export interface PoolProgress {
  readonly done: number;
  readonly total: number;
  readonly elapsedMs: number;
  /** Estimated time left; null until a task has finished. */
  readonly leftMs: number | null;
}

export interface PoolOptions {
  readonly threads: number;
  readonly onProgress?: (p: PoolProgress) => void;
  readonly signal?: AbortSignal;
  /** Starts one worker; the default is the bundled lab worker (tests may pass another). */
  readonly startWorker?: () => Worker;
}

export class PoolCancelled extends Error {
  constructor() {
    super('the sweep was cancelled');
  }
}

const defaultWorker = () => new Worker(new URL('../worker/labWorker.ts', import.meta.url), { type: 'module' });

/** The cores the browser reports, at least one. */
export function coreCount(): number {
  return Math.max(1, Math.floor(globalThis.navigator?.hardwareConcurrency || 1));
}

/** Runs every variant on every seed; results[v][r] is variant v on seeds[r]. */
export async function runPool(variants: readonly VariantRun[], seeds: readonly number[], opts: PoolOptions): Promise<LabReplication[][]> {
  const total = variants.length * seeds.length;
  const results: LabReplication[][] = variants.map(() => new Array(seeds.length));
  const threads = Math.max(1, Math.min(opts.threads, total));
  const workers = Array.from({ length: threads }, opts.startWorker ?? defaultWorker);
  const started = performance.now();
  let next = 0;
  let done = 0;
  const stop = () => workers.forEach((w) => w.terminate());
  const cancelled = new Promise<never>((_, reject) => {
    if (opts.signal?.aborted) reject(new PoolCancelled());
    opts.signal?.addEventListener('abort', () => reject(new PoolCancelled()), { once: true });
  });
  const report = () => {
    const elapsedMs = performance.now() - started;
    opts.onProgress?.({ done, total, elapsedMs, leftMs: done > 0 ? (elapsedMs / done) * (total - done) : null });
  };
  const drive = async (w: Worker) => {
    const api = Comlink.wrap<LabWorkerApi>(w);
    // A worker that fails to load (a syntax error, out of memory) fires 'error' rather than rejecting a call.
    const failed = new Promise<never>((_, reject) => w.addEventListener('error', (e) => reject(new Error(e.message || 'a lab worker failed')), { once: true }));
    await Promise.race([api.load(variants), failed]);
    while (next < total && !opts.signal?.aborted) {
      const task = next++;
      // Replication-major order: replication r of every variant before replication r + 1 of any.
      const r = Math.floor(task / variants.length);
      const v = task % variants.length;
      results[v][r] = await Promise.race([api.run(v, seeds[r]), failed]);
      done++;
      report();
    }
  };
  report();
  try {
    await Promise.race([Promise.all(workers.map(drive)), cancelled]);
  } finally {
    stop();
  }
  return results;
}
