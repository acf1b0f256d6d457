/**
 * Verifying a result file: the embedded scenario must be the official exam (same
 * content hash, the exam's own seed), must hash to what the file claims, and the
 * command log replayed on it must give exactly the recorded result, KPIs and score.
 * Pure: the caller finds the official exam (the command line in scenarios/exam/,
 * the browser in its bundled catalogue) and reads the files.
 */
import { createSimulation, ENGINE_VERSION, runCampaign, scenarioHash, ScenarioError, validateScenario, type CampaignResult, type Scenario, type SimulationResult } from '../index';
import { differences, differenceText, type Difference } from './differences';
import type { ParsedResultFile, TraineeReport } from './resultFile';

/** An official exam: where it comes from (a file name) and its validated content. */
export interface OfficialExam {
  readonly source: string;
  readonly scenario: Scenario;
}

export type FindingCode =
  | 'embeddedHash'
  | 'idMismatch'
  | 'noOfficial'
  | 'notOfficial'
  | 'seedNotExam'
  | 'inconsistent'
  | 'differs'
  | 'engineVersionCause'
  | 'engineVersion'
  | 'noReportText';

/** One reason a file is not verified, or a note about it: a code and params to translate, English text for the command line. */
export interface Finding {
  readonly code: FindingCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly text: string;
}

export interface Verdict {
  readonly verified: boolean;
  readonly version: 1 | 2;
  readonly scenarioId: string;
  readonly seed: number;
  /** The engine version the file was made with. */
  readonly engineVersion: string;
  /** Why it is not verified (empty when it is). */
  readonly problems: readonly Finding[];
  /** What the assessor should know even when it verifies (another engine version, no report text). */
  readonly notes: readonly Finding[];
  readonly official: { readonly source: string; readonly hash: string } | null;
  /** The embedded scenario, validated. */
  readonly scenario: Scenario;
  /** The replay's own result: what the assessor can trust, whatever the file claims (a multi-day exam's has `byDay`). */
  readonly replayed: SimulationResult | CampaignResult;
  /** The trainee's text; null for a @1 file. */
  readonly report: TraineeReport | null;
}

export type VerifyOutcome = { readonly ok: true; readonly verdict: Verdict } | { readonly ok: false; readonly message: string };

export interface VerifyOptions {
  /** The file's name, for messages. */
  readonly file: string;
  /** The official exam with this id, or null when there is none. */
  readonly official: (scenarioId: string) => OfficialExam | null;
  /** Who to tell when no official exam matches (the command line says "pass --exam"). */
  readonly noOfficialHint?: string;
}

const finding = (code: FindingCode, params: Finding['params'], text: string): Finding => ({ code, params, text });
const differing = (d: Difference): Finding => finding('differs', { path: d.path, claimed: d.claimed, replayed: d.replayed }, differenceText(d));
/** Plain JSON, as the file holds it (drops undefined, turns -0 into 0). */
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

function embeddedScenario(input: unknown, file: string): Scenario | string {
  try {
    return validateScenario(input, `${file} ($.scenario)`);
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    const [first] = e.problems;
    const more = e.problems.length > 1 ? ` (and ${e.problems.length - 1} more)` : '';
    return `${file}: $.scenario${first.path === '$' ? '' : first.path.slice(1)}: ${first.message}${more}`;
  }
}

function officialFindings(scenario: Scenario, hash: string, seed: number, official: OfficialExam | null, hint: string): Finding[] {
  if (!official) return [finding('noOfficial', { id: scenario.id }, `no official exam with id "${scenario.id}"${hint}`)];
  const officialHash = scenarioHash(official.scenario);
  const out: Finding[] = [];
  if (officialHash !== hash) {
    out.push(finding('notOfficial', { id: scenario.id, hash, officialHash, source: official.source },
      `the embedded scenario "${scenario.id}" (hash ${hash}) is not the official exam ${official.source} (hash ${officialHash})`));
  } else if (seed !== official.scenario.seed) {
    out.push(finding('seedNotExam', { seed, examSeed: official.scenario.seed }, `played with seed ${seed}, not the exam's seed ${official.scenario.seed}`));
  }
  return out;
}

/** The run the file's inputs give: one day, or every day of a multi-day exam. */
function replay(scenario: Scenario, seed: number, commands: readonly unknown[]): SimulationResult | CampaignResult {
  if (scenario.days !== undefined) return runCampaign(scenario, { seed, commands });
  const sim = createSimulation(scenario, { seed, commands });
  sim.runToEnd();
  return sim.result();
}

/** Replays a parsed result file and says whether it can be trusted, and why not. */
export function verifyResult(file: ParsedResultFile, options: VerifyOptions): VerifyOutcome {
  const scenario = embeddedScenario(file.scenario, options.file);
  if (typeof scenario === 'string') return { ok: false, message: scenario };
  const hash = scenarioHash(scenario);
  const claims = file.claims;
  const problems: Finding[] = [];
  const notes: Finding[] = [];

  if (claims && claims.scenarioHash !== hash) {
    problems.push(finding('embeddedHash', { claimed: claims.scenarioHash, hash }, `the file says its scenario hashes to ${claims.scenarioHash}, but the embedded scenario hashes to ${hash}`));
  }
  if (claims && claims.scenarioId !== scenario.id) {
    problems.push(finding('idMismatch', { claimed: claims.scenarioId, id: scenario.id }, `the file says scenario "${claims.scenarioId}", but the embedded scenario is "${scenario.id}"`));
  }
  const official = options.official(scenario.id);
  problems.push(...officialFindings(scenario, hash, file.seed, official, options.noOfficialHint ?? ''));

  const madeWith = claims?.engineVersion ?? file.result.engineVersion;
  if (claims && claims.engineVersion !== file.result.engineVersion) {
    problems.push(finding('inconsistent', { path: '$.engineVersion', claimed: claims.engineVersion, own: file.result.engineVersion },
      `$.engineVersion: file says ${claims.engineVersion}, its own result says ${file.result.engineVersion}`));
  }
  const otherEngine = madeWith !== ENGINE_VERSION;
  if (otherEngine) notes.push(finding('engineVersion', { fileVersion: madeWith, engineVersion: ENGINE_VERSION }, `made with engine ${madeWith}; this is engine ${ENGINE_VERSION}: replayed anyway`));
  if (!file.report) notes.push(finding('noReportText', {}, 'a result@1 file: it carries no report text'));

  const replayed = replay(scenario, file.seed, file.commands);
  const json = plain(replayed) as SimulationResult | CampaignResult;
  // Another engine stamps its own version, and the hash covers it: compare the rest.
  // The inputs first (the seed, the commands as the engine took them), then what followed from them.
  const first = ['$.result.seed', '$.result.commands'];
  const skip = new Set([...first, ...(otherEngine ? ['$.result.engineVersion', '$.result.resultHash'] : [])]);
  const diffs = [
    ...differences(file.result.seed, json.seed, first[0]),
    ...differences(file.result.commands, json.commands, first[1], { limit: 5 }),
    ...(claims ? differences(claims.kpis, json.kpis, '$.kpis', { limit: 5 }) : []),
    ...(claims ? differences(claims.score, { total: json.score.total, byBlock: json.score.byBlock }, '$.score', { limit: 5 }) : []),
    ...differences(file.result, json, '$.result', { limit: 10, skip }),
  ];
  problems.push(...diffs.map(differing));
  if (otherEngine && diffs.length > 0) {
    problems.push(finding('engineVersionCause', { fileVersion: madeWith, engineVersion: ENGINE_VERSION },
      `the file was made with engine ${madeWith} and replayed with engine ${ENGINE_VERSION}: the version difference is the likely cause`));
  }
  return {
    ok: true,
    verdict: {
      verified: problems.length === 0,
      version: file.version,
      scenarioId: scenario.id,
      seed: file.seed,
      engineVersion: madeWith,
      problems,
      notes,
      official: official ? { source: official.source, hash: scenarioHash(official.scenario) } : null,
      scenario,
      replayed,
      report: file.report,
    },
  };
}
