/** A two-day exam's result file: written from the run, verified by replaying every day; an edit on day 2 is found. */
import { describe, expect, it } from 'vitest';
import { runCampaign } from '../../../sim/index';
import { commandLogOf, makeResultFile, scoreView, type OfficialExam, type Verdict } from '../../../sim/exam/index';
import { loadScenario } from '../helpers';
import { verifyEdited } from './verifyKit';

const EXAM = 'scenarios/exam/exam-two-days.json';
const exam = loadScenario(EXAM);
const official = (id: string): OfficialExam | null => (id === exam.id ? { source: EXAM, scenario: exam } : null);
const log = [
  { day: 1, at: '09:31', type: 'recordAbsence', adviserId: 'a04' },
  { day: 2, at: '09:02', type: 'teamBriefing', minutes: 5 },
  { day: 3, at: '09:00', type: 'recognise', adviserId: 'a05' },
];
const run = runCampaign(exam, { commands: log });
const genuine = JSON.parse(JSON.stringify(makeResultFile(exam, log, run, { analysis: 'Friday’s outage.', proposals: 'Brief earlier.' })));

const check = (edit?: (file: typeof genuine) => void): Verdict => verifyEdited(genuine, official, edit);

describe('a multi-day exam result file', () => {
  it('carries the run, every day and its log; the log rebuilt from the run (as the console writes it) replays to the same run', () => {
    expect(genuine.result.byDay).toHaveLength(2);
    expect(genuine.score).toEqual({ total: run.score.total, byBlock: run.score.byBlock });
    const rebuilt = commandLogOf(run);
    // The day-3 command, refused for its day, comes back as it was given.
    expect(rebuilt).toEqual([log[2], { ...log[0], at: 5460 }, { ...log[1], at: 3720 }]);
    // Replayed, it gives the same run (the records then hold the times as numbers) and rebuilds to itself.
    const again = runCampaign(exam, { commands: rebuilt });
    expect(again.kpis).toEqual(run.kpis);
    expect(again.score).toEqual(run.score);
    expect(commandLogOf(again)).toEqual(rebuilt);
    expect(runCampaign(exam, { commands: commandLogOf(again) }).resultHash).toBe(again.resultHash);
  });

  it('verifies by replaying both days, and the assessor reads every day’s entries', () => {
    const v = check();
    expect(v.problems).toEqual([]);
    expect(v.verified).toBe(true);
    const view = scoreView(v.replayed);
    expect(view.total).toBe(run.score.total);
    expect(new Set(view.entries.map((e) => e.params.day))).toEqual(new Set([1, 2]));
    expect(view.entries.some((e) => e.code === 'absenceRecorded' && e.params.day === 1)).toBe(true);
  });

  it('finds a day-2 command moved, and a claimed score raised', () => {
    const moved = check((f) => { f.commands[2].at = 4800; });
    expect(moved.verified).toBe(false);
    expect(moved.problems.some((p) => p.code === 'differs' && String(p.params.path).startsWith('$.result.commands'))).toBe(true);
    const raised = check((f) => { f.score.total += 5; });
    expect(raised.problems.map((p) => p.params.path)).toContain('$.score.total');
  });
});
