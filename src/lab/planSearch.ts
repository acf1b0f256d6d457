/**
 * The required-staff table's interval-by-interval plan, searched in a worker of
 * its own (the same code as `npm run sim -- --required-staff`): the page stays
 * responsive, shows the steps done, and can cancel.
 */
import * as Comlink from 'comlink';
import type { RequiredStaffOutput, RequiredStaffRequest } from '../../sim/kpi/requiredStaffTable';
import type { Scenario } from '../../sim/scenario/schema';
import type { LabWorkerApi } from '../worker/labApi';
import { PoolCancelled } from './pool';

export async function runPlanSearch(scenario: Scenario, req: RequiredStaffRequest, opts: {
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}): Promise<RequiredStaffOutput> {
  const worker = new Worker(new URL('../worker/labWorker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<LabWorkerApi>(worker);
  const stopped = new Promise<never>((_, reject) => {
    if (opts.signal?.aborted) reject(new PoolCancelled());
    opts.signal?.addEventListener('abort', () => reject(new PoolCancelled()), { once: true });
    worker.addEventListener('error', (e) => reject(new Error(e.message || 'the lab worker failed')), { once: true });
  });
  try {
    const progress = opts.onProgress ? Comlink.proxy(opts.onProgress) : undefined;
    return await Promise.race([api.requiredStaff(scenario, req, progress), stopped]);
  } finally {
    worker.terminate();
  }
}
