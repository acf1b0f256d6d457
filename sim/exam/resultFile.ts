/**
 * Exam result files: everything needed to replay a run (the scenario itself, the
 * seed, the full command log), what the run claims (KPIs, score), the trainee's
 * report text, and the full result. Written by `npm run sim -- … --result` and by
 * the console's worker; read by `npm run verify` and the assessor view. Pure: no
 * file access, so the browser uses it as the command line does.
 */
import { z } from 'zod';
import type { CampaignResult, Scenario, ScoreByBlock, SimulationResult } from '../index';
import { jsonPath } from '../scenario/load';

export const RESULT_FORMAT = 'superviseur-sim/result@2';
/** The first format: scenario, seed, commands and result only (no claims, no report text). */
export const RESULT_FORMAT_V1 = 'superviseur-sim/result@1';

export interface TraineeReport {
  readonly analysis: string;
  readonly proposals: string;
}

export interface ResultFile {
  readonly format: typeof RESULT_FORMAT;
  readonly scenarioId: string;
  /** The result's `scenario.hash`: scenarioHash of the validated scenario. */
  readonly scenarioHash: string;
  readonly seed: number;
  readonly engineVersion: string;
  /** The full command log, each with its `at`, as replayed. */
  readonly commands: readonly unknown[];
  /** A day's KPIs, or a multi-day run's (`byChannel` over the run). */
  readonly kpis: SimulationResult['kpis'] | CampaignResult['kpis'];
  readonly score: { readonly total: number; readonly byBlock: ScoreByBlock };
  /** The trainee's text ('' when none). */
  readonly report: TraineeReport;
  readonly scenario: Scenario;
  /** The run's result: one day's, or a multi-day scenario's (with `byDay`). */
  readonly result: SimulationResult | CampaignResult;
}

export function makeResultFile(scenario: Scenario, commands: readonly unknown[], result: SimulationResult | CampaignResult, report: Partial<TraineeReport> = {}): ResultFile {
  const { total, byBlock } = result.score;
  if (total === null || byBlock === null) throw new Error(`${scenario.id}: a run with no open day has no result to file`);
  return {
    format: RESULT_FORMAT,
    scenarioId: result.scenario.id,
    scenarioHash: result.scenario.hash,
    seed: result.seed,
    engineVersion: result.engineVersion,
    commands,
    kpis: result.kpis,
    score: { total, byBlock },
    report: { analysis: report.analysis ?? '', proposals: report.proposals ?? '' },
    scenario,
    result,
  };
}

/**
 * The command log of a run as its own records give it: every command, applied or
 * rejected, at the time it was given. Replaying it gives the same records, so a
 * live session (which stamps each command with the current time) can write a file
 * that replays, refused commands included.
 */
export function commandLogOf(result: Pick<SimulationResult, 'commands'> | Pick<CampaignResult, 'commands'>): Record<string, unknown>[] {
  // A multi-day run's commands keep their day; one refused for its day is given back as it came, to be refused again.
  return result.commands.map((r) => ('day' in r ? (r.code === 'badDay' ? { ...r.command } : { ...r.command, at: r.at, day: r.day }) : { ...r.command, at: r.at }));
}

const resultSchema = z.looseObject({ resultHash: z.string(), engineVersion: z.string() });
const blocks = z.object({ resources: z.number(), people: z.number(), improvement: z.number() });

const v1Schema = z.object({
  format: z.literal(RESULT_FORMAT_V1),
  scenario: z.unknown(),
  seed: z.number().int().nonnegative(),
  commands: z.array(z.unknown()),
  result: resultSchema,
});

const v2Schema = z.strictObject({
  format: z.literal(RESULT_FORMAT),
  scenarioId: z.string(),
  scenarioHash: z.string(),
  seed: z.number().int().nonnegative(),
  engineVersion: z.string(),
  commands: z.array(z.unknown()),
  kpis: z.looseObject({ byChannel: z.record(z.string(), z.unknown()) }),
  score: z.strictObject({ total: z.number(), byBlock: blocks }),
  report: z.strictObject({ analysis: z.string(), proposals: z.string() }),
  scenario: z.unknown(),
  result: resultSchema,
});

/** A result file of either format, read into one shape. */
export interface ParsedResultFile {
  readonly version: 1 | 2;
  /** The embedded scenario, not yet validated. */
  readonly scenario: unknown;
  readonly seed: number;
  readonly commands: readonly unknown[];
  readonly result: { readonly resultHash: string; readonly engineVersion: string } & Readonly<Record<string, unknown>>;
  /** What a @2 file states beside its result (absent from @1 files). */
  readonly claims: { readonly scenarioId: string; readonly scenarioHash: string; readonly engineVersion: string; readonly kpis: unknown; readonly score: unknown } | null;
  /** null: a @1 file, which carries no report text. */
  readonly report: TraineeReport | null;
}

export type ParseOutcome = { readonly ok: true; readonly file: ParsedResultFile } | { readonly ok: false; readonly message: string };

function oneLine(file: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const [first] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${file}: ${jsonPath(first.path)}: ${first.message}${more}`;
}

/** Reads the text of a result file; bad input gives one line naming the file, the JSON path and the problem. */
export function parseResultFile(text: string, file: string): ParseOutcome {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `${file}: $: not valid JSON: ${(e as Error).message}` };
  }
  const format = input !== null && typeof input === 'object' ? (input as { format?: unknown }).format : undefined;
  if (format === RESULT_FORMAT_V1) {
    const p = v1Schema.safeParse(input);
    if (!p.success) return { ok: false, message: oneLine(file, p.error.issues) };
    return { ok: true, file: { version: 1, scenario: p.data.scenario, seed: p.data.seed, commands: p.data.commands, result: p.data.result, claims: null, report: null } };
  }
  if (format !== RESULT_FORMAT) {
    const what = format === undefined ? 'missing' : JSON.stringify(format);
    return { ok: false, message: `${file}: $.format: not a result file: expected "${RESULT_FORMAT}" (or "${RESULT_FORMAT_V1}"), got ${what}` };
  }
  const p = v2Schema.safeParse(input);
  if (!p.success) return { ok: false, message: oneLine(file, p.error.issues) };
  const d = p.data;
  return {
    ok: true,
    file: {
      version: 2,
      scenario: d.scenario,
      seed: d.seed,
      commands: d.commands,
      result: d.result,
      claims: { scenarioId: d.scenarioId, scenarioHash: d.scenarioHash, engineVersion: d.engineVersion, kpis: d.kpis, score: d.score },
      report: d.report,
    },
  };
}
