/**
 * Loading a scenario with readable errors: every problem names the file, the
 * JSON path and what is wrong, e.g.
 *   scenarios/x.json: $.channels[0].handleTime.mean: expected a positive number, got -3
 */
import type { z } from 'zod';
import { crossCheck } from './crossCheck';
import { unsafeJson } from './jsonSafety';
import { LIMITS, limitProblems } from './limits';
import { migrateScenario } from './migrations';
import { ScenarioError, jsonPath, type ScenarioProblem } from './problems';
import { scenarioSchema, type Scenario } from './schema';

export { ScenarioError, jsonPath, type ScenarioProblem } from './problems';

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? text.slice(0, 37) + '…' : text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k as string];
  }
  return v;
}

export function zodProblems(error: z.ZodError, input: unknown): ScenarioProblem[] {
  return error.issues.map((issue) => {
    let message = issue.message;
    const value = valueAt(input, issue.path);
    if (issue.code === 'invalid_type' && value === undefined) {
      return { path: jsonPath(issue.path), message: `missing (expected ${issue.expected})` };
    }
    if (issue.code === 'invalid_type' || issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'invalid_value') {
      message += `, got ${describe(value)}`;
    }
    if (issue.code === 'unrecognized_keys') {
      const shown = issue.keys.slice(0, 8).join(', ');
      message = `unknown field(s): ${shown}${issue.keys.length > 8 ? ` and ${issue.keys.length - 8} more` : ''}`;
    }
    return { path: jsonPath(issue.path), message };
  });
}

/** Parses and validates a scenario; throws ScenarioError naming file, path and problem. */
export function parseScenario(text: string, file: string): Scenario {
  if (text.length > LIMITS.fileBytes) {
    throw new ScenarioError(file, [{ path: '$', message: `${(text.length / 1e6).toFixed(1)} MB: a scenario file may be at most ${LIMITS.fileBytes / 1e6} MB` }]);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    throw new ScenarioError(file, [{ path: '$', message: `not valid JSON: ${oneLine((e as Error).message)}` }]);
  }
  return validateScenario(input, file);
}

/** A parser's message on one short line (some quote the offending text). */
function oneLine(message: string): string {
  const line = message.replace(/\s+/g, ' ');
  return line.length > 160 ? line.slice(0, 157) + '…' : line;
}

export interface ValidateOptions {
  /**
   * Refuse scenarios past the load limits (default). Only headless measurements
   * that are meant to be large, such as the bench's million-customer queue, turn this off.
   */
  readonly limits?: boolean;
}

/** Validates parsed JSON of any supported version (older versions are migrated first). */
export function validateScenario(input: unknown, file: string, options: ValidateOptions = {}): Scenario {
  const unsafe = unsafeJson(input);
  if (unsafe) throw new ScenarioError(file, [unsafe]);
  const migrated = migrateScenario(input);
  if ('problem' in migrated) throw new ScenarioError(file, [migrated.problem]);
  const parsed = scenarioSchema.safeParse(migrated.doc);
  if (!parsed.success) throw new ScenarioError(file, zodProblems(parsed.error, migrated.doc));
  // Limits first: a scenario too large to run is refused before anything else reads it through.
  const tooLarge = options.limits === false ? [] : limitProblems(parsed.data);
  if (tooLarge.length > 0) throw new ScenarioError(file, tooLarge);
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new ScenarioError(file, problems);
  return parsed.data;
}
