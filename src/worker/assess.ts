/**
 * One candidate's result file as the assessor view shows it: verified or not
 * (with the reasons), the replay's score and key moments, the report text.
 * Pure and synchronous: the verification worker runs it off the main thread,
 * and tests run it in Node. The official exams are the bundled scenarios/exam/ files.
 */
import { parseResultFile, verifyResult, type Finding, type OfficialExam } from '../../sim/exam/index';
import { createSimulation, parseScenario, toSeconds, type MissedMoment, type ScoreByBlock, type ScoreEntry } from '../../sim/index';

export interface AssessedCandidate {
  /** The result file's name. */
  readonly file: string;
  /** unreadable: not a result file, or a broken one (see `message`). */
  readonly status: 'verified' | 'notVerified' | 'unreadable';
  /** Why it is unreadable: one line naming the file, the JSON path and the problem. */
  readonly message: string;
  readonly problems: readonly Finding[];
  readonly notes: readonly Finding[];
  readonly scenarioId: string;
  readonly title: { readonly fr: string; readonly en: string } | null;
  readonly seed: number | null;
  readonly engineVersion: string;
  /** The replay's score (what the engine gives for this log on the embedded scenario). */
  readonly score: { readonly total: number; readonly byBlock: ScoreByBlock } | null;
  readonly missed: readonly MissedMoment[];
  /** The entries that moved the score most, largest first. */
  readonly topEntries: readonly ScoreEntry[];
  /** null: an older file without report text. */
  readonly report: { readonly analysis: string; readonly proposals: string } | null;
  /** Seconds since midnight at the scenario's start (to show times of day). */
  readonly dayStart: number;
  readonly channels: readonly { readonly id: string; readonly name?: { readonly fr?: string; readonly en?: string } }[];
  readonly adviserNames: Readonly<Record<string, string>>;
}

export const topEntryCount = 3;

/** Finds official exams by id among bundled files (`group` "exam"), parsing each once, when first asked. */
export function officialExams(entries: readonly { readonly file: string; readonly group: string; readonly text: string }[]): (id: string) => OfficialExam | null {
  let byId: Map<string, OfficialExam> | null = null;
  return (id) => {
    if (!byId) {
      byId = new Map();
      for (const e of entries.filter((x) => x.group === 'exam')) {
        try {
          const scenario = parseScenario(e.text, e.file);
          byId.set(scenario.id, { source: `scenarios/${e.file}`, scenario });
        } catch {
          // A broken bundled exam verifies nothing: results for it are reported as having no official exam.
        }
      }
    }
    return byId.get(id) ?? null;
  };
}

const unreadable = (file: string, message: string): AssessedCandidate => ({
  file, status: 'unreadable', message, problems: [], notes: [], scenarioId: '', title: null, seed: null, engineVersion: '',
  score: null, missed: [], topEntries: [], report: null, dayStart: 0, channels: [], adviserNames: {},
});

export function assess(text: string, file: string, official: (id: string) => OfficialExam | null): AssessedCandidate {
  const parsed = parseResultFile(text, file);
  if (!parsed.ok) return unreadable(file, parsed.message);
  const outcome = verifyResult(parsed.file, { file, official });
  if (!outcome.ok) return unreadable(file, outcome.message);
  const v = outcome.verdict;
  const score = v.replayed.score;
  // The advisers' names, as the engine generates them (nothing needs to run for that).
  const adviserNames = Object.fromEntries(createSimulation(v.scenario, { seed: v.seed }).snapshot({ score: false }).advisers.map((a) => [a.id, a.name]));
  return {
    file,
    status: v.verified ? 'verified' : 'notVerified',
    message: '',
    problems: v.problems,
    notes: v.notes,
    scenarioId: v.scenarioId,
    title: v.scenario.title,
    seed: v.seed,
    engineVersion: v.engineVersion,
    score: { total: score.total, byBlock: score.byBlock },
    missed: score.missed,
    topEntries: [...score.entries].sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.at - b.at).slice(0, topEntryCount),
    report: v.report,
    dayStart: toSeconds(v.scenario.clock.start),
    channels: v.scenario.channels.map((c) => ({ id: c.id, ...(c.name ? { name: c.name } : {}) })),
    adviserNames,
  };
}
