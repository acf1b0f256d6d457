/**
 * Exam result files: everything needed to replay a run (the scenario itself,
 * the seed, the command log) plus the result it produced. `npm run verify`
 * replays it and checks the result is exactly what the file claims.
 */
import { z } from 'zod';
import { createSimulation, validateScenario, type Scenario, type SimulationResult } from '../index';
import { jsonPath } from '../scenario/load';
import { InputError } from './io';

export const RESULT_FORMAT = 'superviseur-sim/result@1';

export interface ResultFile {
  readonly format: typeof RESULT_FORMAT;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly commands: readonly unknown[];
  readonly result: SimulationResult;
}

const resultFileSchema = z.object({
  format: z.literal(RESULT_FORMAT),
  scenario: z.unknown(),
  seed: z.number().int().nonnegative(),
  commands: z.array(z.unknown()),
  result: z.object({ resultHash: z.string() }).passthrough(),
});

export function makeResultFile(scenario: Scenario, seed: number, commands: readonly unknown[], result: SimulationResult): ResultFile {
  return { format: RESULT_FORMAT, scenario, seed, commands, result };
}

/** Paths (JSON-pointer-like) where two values differ, at most `limit`. */
export function differences(a: unknown, b: unknown, path = '$', out: string[] = [], limit = 10): string[] {
  if (out.length >= limit) return out;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    if (!Object.is(a, b)) out.push(`${path}: file says ${JSON.stringify(a)}, replay gives ${JSON.stringify(b)}`);
    return out;
  }
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  for (const k of keys) {
    const sub = Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`;
    differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], sub, out, limit);
  }
  return out;
}

/** Replays a result file; returns the differences (empty when it verifies). */
export function verifyResultFile(input: unknown, file: string): { differences: string[]; replayed: SimulationResult } {
  const parsed = resultFileSchema.safeParse(input);
  if (!parsed.success) throw new InputError(parsed.error.issues.map((i) => `${file}: ${jsonPath(i.path)}: ${i.message}`).join('\n'));
  const scenario = validateScenario(parsed.data.scenario, `${file} ($.scenario)`);
  const sim = createSimulation(scenario, { seed: parsed.data.seed, commands: parsed.data.commands });
  sim.runToEnd();
  const replayed = sim.result();
  return { differences: differences(parsed.data.result, JSON.parse(JSON.stringify(replayed)), '$.result'), replayed };
}
