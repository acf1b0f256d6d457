import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario } from '../../../sim/index';
import { commandLogOf, makeResultFile, parseResultFile, verifyResult, type OfficialExam, type Verdict } from '../../../sim/exam/index';
import { loadScenario } from '../helpers';
import { verifyEdited } from './verifyKit';

const EXAM = 'scenarios/exam/exam-standard-morning.json';
const exam = loadScenario(EXAM);
const official = (id: string): OfficialExam | null => (id === exam.id ? { source: EXAM, scenario: exam } : null);
const log = [{ at: '09:00', type: 'coach', adviserId: 'a03', minutes: 20 }, { at: '10:00', type: 'recognise', adviserId: 'a05' }];

function play(scenario: Scenario, commands: readonly unknown[], seed?: number) {
  const sim = createSimulation(scenario, { commands, ...(seed !== undefined ? { seed } : {}) });
  sim.runToEnd();
  return sim.result();
}

const genuine = JSON.parse(JSON.stringify(makeResultFile(exam, log, play(exam, log), { analysis: 'Peak at 09:30.', proposals: 'One more adviser.' })));

/** Verifies a (possibly edited) copy of the genuine file. */
const check = (edit?: (file: typeof genuine) => void): Verdict => verifyEdited(genuine, official, edit);

const codes = (v: Verdict) => v.problems.map((p) => p.code);

describe('exam result files (sim/exam)', () => {
  it('carry the claims beside the full result, and the trainee text', () => {
    expect(genuine).toMatchObject({
      format: 'superviseur-sim/result@2',
      scenarioId: exam.id,
      scenarioHash: genuine.result.scenario.hash,
      seed: exam.seed,
      engineVersion: genuine.result.engineVersion,
      commands: log,
      score: { total: genuine.result.score.total, byBlock: genuine.result.score.byBlock },
      report: { analysis: 'Peak at 09:30.', proposals: 'One more adviser.' },
    });
    expect(genuine.kpis).toEqual(genuine.result.kpis);
  });

  it('verify when genuine, on the official exam, with its report text', () => {
    const v = check();
    expect(v.problems).toEqual([]);
    expect(v.verified).toBe(true);
    expect(v.official).toEqual({ source: EXAM, hash: genuine.scenarioHash });
    expect(v.report?.analysis).toBe('Peak at 09:30.');
    expect(v.notes).toEqual([]);
  });

  it('fail on a forged exam (same id, every arrival rate × 0.6), naming both hashes', () => {
    const forged = structuredClone(exam) as { channels: { arrivals?: { perHour?: number; profile?: { perHour: number }[] } }[] };
    for (const c of forged.channels) {
      if (c.arrivals?.perHour !== undefined) c.arrivals.perHour *= 0.6;
      c.arrivals?.profile?.forEach((p) => (p.perHour *= 0.6));
    }
    const file = JSON.parse(JSON.stringify(makeResultFile(forged as unknown as Scenario, log, play(forged as unknown as Scenario, log))));
    const parsed = parseResultFile(JSON.stringify(file), 'forged.json');
    if (!parsed.ok) throw new Error(parsed.message);
    const outcome = verifyResult(parsed.file, { file: 'forged.json', official });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.verdict.verified).toBe(false);
    // The replay of the forged content matches itself: only the official check can catch it.
    expect(codes(outcome.verdict)).toEqual(['notOfficial']);
    expect(outcome.verdict.problems[0].text).toContain(file.scenarioHash);
    expect(outcome.verdict.problems[0].text).toContain(genuine.scenarioHash);
  });

  it('fail when the score, the KPIs, the command log or the seed was edited', () => {
    const score = check((f) => (f.score.total = 99));
    expect(score.problems[0]).toMatchObject({ code: 'differs', params: { path: '$.score.total', claimed: '99', replayed: String(genuine.result.score.total) } });
    expect(check((f) => (f.result.score.total = 99)).problems.map((p) => p.params.path)).toContain('$.result.score.total');
    expect(check((f) => (f.kpis.byChannel.voice.serviceLevel = 0.99)).problems[0].params.path).toBe('$.kpis.byChannel.voice.serviceLevel');
    const edited = check((f) => (f.commands[0].minutes = 5));
    expect(edited.verified).toBe(false);
    expect(codes(edited).every((c) => c === 'differs')).toBe(true);
    const seed = check((f) => (f.seed = 1));
    expect(codes(seed)[0]).toBe('seedNotExam');
    expect(seed.problems[0].text).toBe(`played with seed 1, not the exam's seed ${exam.seed}`);
  });

  it('fail when the exam was played on another seed, even though the replay matches', () => {
    const other = JSON.parse(JSON.stringify(makeResultFile(exam, log, play(exam, log, 7))));
    const parsed = parseResultFile(JSON.stringify(other), 'seed7.json');
    if (!parsed.ok) throw new Error(parsed.message);
    const outcome = verifyResult(parsed.file, { file: 'seed7.json', official });
    expect(outcome.ok && codes(outcome.verdict)).toEqual(['seedNotExam']);
  });

  it('fail when the claimed scenario hash is not the embedded scenario’s', () => {
    const v = check((f) => (f.scenarioHash = '0000000000000000'));
    expect(codes(v)).toEqual(['embeddedHash']);
    expect(v.problems[0].text).toContain(genuine.scenarioHash);
  });

  it('fail without an official exam of that id, and say so', () => {
    const parsed = parseResultFile(JSON.stringify(genuine), 'r.json');
    if (!parsed.ok) throw new Error(parsed.message);
    const outcome = verifyResult(parsed.file, { file: 'r.json', official: () => null, noOfficialHint: ': pass --exam' });
    expect(outcome.ok && outcome.verdict.problems.map((p) => p.text)).toEqual([`no official exam with id "${exam.id}": pass --exam`]);
  });

  it('name another engine version, verify when the replay agrees, blame the version when it does not', () => {
    const same = check((f) => {
      f.engineVersion = '0.0.9';
      f.result.engineVersion = '0.0.9';
    });
    expect(same.verified).toBe(true);
    expect(same.notes.map((n) => n.code)).toEqual(['engineVersion']);
    expect(same.notes[0].text).toMatch(/made with engine 0\.0\.9; this is engine \d+\.\d+\.\d+/);
    const differs = check((f) => {
      f.engineVersion = '0.0.9';
      f.result.engineVersion = '0.0.9';
      f.result.events += 1;
    });
    expect(codes(differs)).toEqual(['differs', 'engineVersionCause']);
    expect(differs.problems[1].text).toContain('the version difference is the likely cause');
  });

  it('still read @1 files, noting they carry no report text', () => {
    const v1 = { format: 'superviseur-sim/result@1', scenario: genuine.scenario, seed: genuine.seed, commands: genuine.commands, result: genuine.result };
    const parsed = parseResultFile(JSON.stringify(v1), 'old.json');
    if (!parsed.ok) throw new Error(parsed.message);
    const outcome = verifyResult(parsed.file, { file: 'old.json', official });
    expect(outcome.ok && outcome.verdict.verified).toBe(true);
    expect(outcome.ok && outcome.verdict.notes.map((n) => n.text)).toEqual(['a result@1 file: it carries no report text']);
    expect(outcome.ok && outcome.verdict.report).toBeNull();
  });

  it('refuse bad input in one line naming the file, the JSON path and the problem', () => {
    expect(parseResultFile('{', 'x.json')).toMatchObject({ ok: false, message: expect.stringMatching(/^x\.json: \$: not valid JSON/) });
    expect(parseResultFile('{"hello":1}', 'x.json')).toEqual({ ok: false, message: 'x.json: $.format: not a result file: expected "superviseur-sim/result@2" (or "superviseur-sim/result@1"), got missing' });
    const noSeed = parseResultFile(JSON.stringify({ ...genuine, seed: -1 }), 'x.json');
    expect(noSeed.ok === false && noSeed.message).toMatch(/^x\.json: \$\.seed: /);
    expect(noSeed.ok === false && noSeed.message.split('\n')).toHaveLength(1);
    const parsed = parseResultFile(JSON.stringify({ ...genuine, scenario: { ...genuine.scenario, seed: 'x' } }), 'x.json');
    const outcome = parsed.ok ? verifyResult(parsed.file, { file: 'x.json', official }) : null;
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/^x\.json: \$\.scenario\.seed: /) });
  });

  it('rebuild the full command log of a live session from its records, refused commands included', () => {
    const sim = createSimulation(exam);
    sim.advanceTo(1800);
    sim.submit({ type: 'coach', adviserId: 'a03', minutes: 20, at: sim.time });
    sim.submit({ type: 'recognise', adviserId: 'a04', at: sim.time }); // refused: the supervisor is coaching
    sim.advanceTo(5400);
    sim.submit({ type: 'sendToBreak', adviserId: 'nobody', minutes: 10, at: sim.time });
    sim.runToEnd();
    const result = sim.result();
    expect(result.commands.map((c) => c.status)).toEqual(['applied', 'rejected', 'rejected']);
    const file = JSON.parse(JSON.stringify(makeResultFile(exam, commandLogOf(result), result)));
    const parsed = parseResultFile(JSON.stringify(file), 'live.json');
    if (!parsed.ok) throw new Error(parsed.message);
    const outcome = verifyResult(parsed.file, { file: 'live.json', official });
    expect(outcome.ok && outcome.verdict.problems).toEqual([]);
  });
});
