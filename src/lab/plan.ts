/**
 * The lab's form turned into a sweep: one swept dimension (its range), the other
 * levers held at a value, R replications. Every variant is the scenario rewritten
 * by the same code as the command line's `--vary` (sim/scenario/variants.ts) and
 * validated again, and runs on the same seeds as `npm run sim -- --vary` would.
 */
import { replicationSeeds } from '../../sim/kpi/replications';
import { validateScenario, ScenarioError } from '../../sim/scenario/load';
import type { Scenario } from '../../sim/scenario/schema';
import { DIMENSIONS, dimensionValueProblem, rangeValues, variantRun, type Variant, type VariantRun } from '../../sim/scenario/variants';

/** Levers the form offers, in the order they are applied (team size before skill mix). */
export const LAB_DIMENSIONS = ['advisers', 'staffing', 'multiskill', 'volume', 'aht', 'absence', 'overflow', 'callback'] as const;
export type LabDimension = (typeof LAB_DIMENSIONS)[number];

/** Tasks (variants × replications) one browser sweep may hold: past it, the command line's shards are the tool. */
export const MAX_LAB_TASKS = 20_000;
export const MAX_LAB_REPLICATIONS = 500;

export interface LabSettings {
  readonly scenario: Scenario;
  readonly file: string;
  readonly dimension: LabDimension;
  readonly from: number;
  readonly to: number;
  readonly step: number;
  /** The other levers held at a value; a lever left out keeps the scenario's own. */
  readonly fixed: Partial<Record<LabDimension, number>>;
  readonly replications: number;
}

export interface PlannedVariant {
  readonly variant: Variant;
  /** The swept dimension's value. */
  readonly value: number;
  readonly run: VariantRun;
}

export type LabPlan =
  | { readonly ok: true; readonly variants: readonly PlannedVariant[]; readonly seeds: readonly number[]; readonly settings: LabSettings }
  | { readonly ok: false; readonly problems: readonly string[] };

export function planLab(settings: LabSettings): LabPlan {
  const problems: string[] = [];
  const values = rangeValues(settings.from, settings.to, settings.step);
  if (typeof values === 'string') problems.push(`${settings.dimension}: ${values}`);
  else for (const v of values) {
    const p = dimensionValueProblem(settings.dimension, v);
    if (p) { problems.push(p); break; }
  }
  for (const [name, v] of Object.entries(settings.fixed)) {
    const p = v === undefined ? null : dimensionValueProblem(name, v);
    if (p) problems.push(p);
  }
  const r = settings.replications;
  if (!Number.isInteger(r) || r < 2 || r > MAX_LAB_REPLICATIONS) problems.push(`replications must be a whole number between 2 and ${MAX_LAB_REPLICATIONS} (a confidence interval needs two days)`);
  if (problems.length > 0 || typeof values === 'string') return { ok: false, problems };
  if (values.length * r > MAX_LAB_TASKS) {
    return { ok: false, problems: [`${values.length} variants × ${r} replications = ${values.length * r} runs; the lab runs at most ${MAX_LAB_TASKS} (use the command line's --shard for more)`] };
  }
  const variants: PlannedVariant[] = [];
  for (const value of values) {
    const variant = variantOf(settings, value);
    const label = `${settings.file} (${Object.entries(variant).map(([k, x]) => `${k}=${x}`).join(', ')})`;
    try {
      const run = variantRun(settings.scenario, variant);
      variants.push({ variant, value, run: { ...run, scenario: validateScenario(run.scenario, label) } });
    } catch (error) {
      if (error instanceof ScenarioError) return { ok: false, problems: error.problems.slice(0, 5).map((p) => `${label}: ${p.path}: ${p.message}`) };
      // A rewrite that cannot be made (a plan with nobody on shift all day) is a problem with the settings, not a crash.
      return { ok: false, problems: [`${label}: ${error instanceof Error ? error.message : String(error)}`] };
    }
  }
  return { ok: true, variants, seeds: replicationSeeds(settings.scenario.seed, r), settings };
}

/** The variant's dimensions in application order: the fixed levers and the swept one. */
function variantOf(settings: LabSettings, value: number): Variant {
  const all: Partial<Record<LabDimension, number>> = { ...settings.fixed, [settings.dimension]: value };
  const out: Record<string, number> = {};
  for (const name of LAB_DIMENSIONS) if (all[name] !== undefined && DIMENSIONS[name]) out[name] = all[name]!;
  return out;
}
