/**
 * Helpers of the lab's tests: a short stationary validation day, and a sweep
 * planned and run in this process the way the browser's workers run it (the
 * lab worker's API, one replication per call).
 */
import type { LabReplication } from '../../../sim/kpi/labSummary';
import { planLab, type LabPlan, type LabSettings } from '../../../src/lab/plan';
import { labResults, type LabResults } from '../../../src/lab/results';
import { createLabWorkerApi } from '../../../src/worker/labApi';

export { shortDay } from '../../sim/helpers';

export type Planned = Extract<LabPlan, { ok: true }>;

export function plan(settings: Partial<LabSettings> & Pick<LabSettings, 'scenario' | 'dimension' | 'from' | 'to'>): Planned {
  const p = planLab({ file: 'test.json', step: 1, fixed: {}, replications: 2, ...settings });
  if (!p.ok) throw new Error(p.problems.join('\n'));
  return p;
}

/** Every variant × seed, in the lab's order, on one lab worker. */
export function runPlan(p: Planned): LabReplication[][] {
  const worker = createLabWorkerApi();
  worker.load(p.variants.map((v) => v.run));
  return p.variants.map((_, i) => p.seeds.map((seed) => worker.run(i, seed)));
}

export function runLab(p: Planned): LabResults {
  return labResults(p, runPlan(p));
}
