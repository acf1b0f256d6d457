/**
 * One candidate's result file as the assessor view shows it: verified or not
 * (with the reasons), the replay's score and key moments, the report text.
 * Pure and synchronous: the verification worker runs it off the main thread,
 * and tests run it in Node. The official exams are the bundled scenarios/exam/ files.
 */
import { parseResultFile, scoreView, verifyResult, type OfficialExam } from '../../sim/exam/index';
import { createSimulation, parseScenario, toSeconds } from '../../sim/index';
import { unreadableCandidate as unreadable, type AssessedCandidate } from './assessed';

export type { AssessedCandidate };

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

export function assess(text: string, file: string, official: (id: string) => OfficialExam | null): AssessedCandidate {
  const parsed = parseResultFile(text, file);
  if (!parsed.ok) return unreadable(file, parsed.message);
  const outcome = verifyResult(parsed.file, { file, official });
  if (!outcome.ok) return unreadable(file, outcome.message);
  const v = outcome.verdict;
  const score = scoreView(v.replayed);
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
