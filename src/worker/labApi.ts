/**
 * The staffing lab's worker: it holds the sweep's variants (scenario and opening
 * commands, sent once) and runs one replication per call, returning the figures
 * the lab keeps. One such worker per core; the page deals tasks out (src/lab/pool.ts).
 * A worker of its own also runs the required-staff plan search (src/lab/planSearch.ts).
 */
import { createSimulation } from '../../sim/index';
import { labReplication, type LabReplication } from '../../sim/kpi/labSummary';
import { requiredStaff, type RequiredStaffOutput, type RequiredStaffRequest } from '../../sim/kpi/requiredStaffTable';
import type { Scenario } from '../../sim/scenario/schema';
import type { VariantRun } from '../../sim/scenario/variants';

export interface LabWorkerApi {
  load(variants: readonly VariantRun[]): void;
  run(variant: number, seed: number): LabReplication;
  /** The interval-by-interval staffing plan of the required-staff table (the command line's --required-staff). */
  requiredStaff(scenario: Scenario, req: RequiredStaffRequest, onProgress?: (done: number, total: number) => void): RequiredStaffOutput;
}

export function createLabWorkerApi(): LabWorkerApi {
  let variants: readonly VariantRun[] = [];
  return {
    load(v) {
      variants = v;
    },
    run(variant, seed) {
      const v = variants[variant];
      if (!v) throw new Error(`lab worker: no variant ${variant} loaded`);
      const sim = createSimulation(v.scenario, { seed, commands: v.commands });
      sim.runToEnd();
      return labReplication(sim.kpis());
    },
    requiredStaff(scenario, req, onProgress) {
      return requiredStaff(scenario, req, onProgress ? { onProgress } : {});
    },
  };
}
