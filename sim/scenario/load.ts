/**
 * Loading a scenario with readable errors: every problem names the file, the
 * JSON path and what is wrong, e.g.
 *   scenarios/x.json: $.channels[0].handleTime.mean: expected a positive number, got -3
 */
import type { z } from 'zod';
import { scenarioSchema, toSeconds, type Scenario } from './schema';

export interface ScenarioProblem {
  readonly path: string;
  readonly message: string;
}

export class ScenarioError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly ScenarioProblem[],
  ) {
    super(problems.map((p) => `${file}: ${p.path}: ${p.message}`).join('\n'));
    this.name = 'ScenarioError';
  }
}

/** "$.channels[0].handleTime" from a zod issue path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return '$' + path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
}

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
    if (issue.code === 'unrecognized_keys') message = `unknown field(s): ${issue.keys.join(', ')}`;
    return { path: jsonPath(issue.path), message };
  });
}

/** Checks that the schema alone cannot express (cross-references). */
export function crossCheck(s: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const channelIds = new Set<string>();
  s.channels.forEach((c, i) => {
    if (channelIds.has(c.id)) problems.push({ path: `$.channels[${i}].id`, message: `duplicate channel id "${c.id}"` });
    channelIds.add(c.id);
    if ('profile' in c.arrivals) {
      let previous = -Infinity;
      c.arrivals.profile.forEach((step, j) => {
        const t = toSeconds(step.from);
        if (t <= previous) problems.push({ path: `$.channels[${i}].arrivals.profile[${j}].from`, message: 'profile steps must be in increasing time order' });
        if (t >= toSeconds(s.clock.end)) problems.push({ path: `$.channels[${i}].arrivals.profile[${j}].from`, message: `step starts at or after the clock end (${s.clock.end})` });
        previous = t;
      });
    }
  });
  const checkSkills = (skills: Record<string, number>, path: string) => {
    const known = Object.keys(skills).filter((k) => channelIds.has(k));
    for (const k of Object.keys(skills)) {
      if (!channelIds.has(k)) problems.push({ path: `${path}.${k}`, message: `unknown skill "${k}": no channel has this id (channels: ${[...channelIds].join(', ')})` });
    }
    if (known.length === 0 && Object.keys(skills).length === 0) problems.push({ path, message: 'an adviser needs at least one skill' });
  };
  const checkShift = (shift: { start: string; end: string } | undefined, path: string) => {
    if (shift && toSeconds(shift.end) <= toSeconds(shift.start)) problems.push({ path: `${path}.end`, message: 'shift end must be after shift start' });
  };
  if ('generate' in s.team) {
    checkSkills(s.team.generate.skills, '$.team.generate.skills');
    checkShift(s.team.generate.shift, '$.team.generate.shift');
  } else {
    const ids = new Set<string>();
    s.team.advisers.forEach((a, i) => {
      if (ids.has(a.id)) problems.push({ path: `$.team.advisers[${i}].id`, message: `duplicate adviser id "${a.id}"` });
      ids.add(a.id);
      checkSkills(a.skills, `$.team.advisers[${i}].skills`);
      checkShift(a.shift, `$.team.advisers[${i}].shift`);
    });
  }
  const servable = new Set<string>();
  const teamSkills = 'generate' in s.team ? [s.team.generate.skills] : s.team.advisers.map((a) => a.skills);
  for (const skills of teamSkills) for (const [k, p] of Object.entries(skills)) if (p > 0) servable.add(k);
  s.channels.forEach((c, i) => {
    if (!servable.has(c.id)) problems.push({ path: `$.channels[${i}]`, message: `unreachable queue: no adviser has the skill "${c.id}"` });
  });
  return problems;
}

/** Parses and validates a scenario; throws ScenarioError naming file, path and problem. */
export function parseScenario(text: string, file: string): Scenario {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    throw new ScenarioError(file, [{ path: '$', message: `not valid JSON: ${(e as Error).message}` }]);
  }
  return validateScenario(input, file);
}

export function validateScenario(input: unknown, file: string): Scenario {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) throw new ScenarioError(file, zodProblems(parsed.error, input));
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new ScenarioError(file, problems);
  return parsed.data;
}
