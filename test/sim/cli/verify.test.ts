import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = (script: string, args: string[], cwd?: string) =>
  spawnSync(join(process.cwd(), 'node_modules/.bin/tsx'), [join(process.cwd(), script), ...args], { encoding: 'utf8', timeout: 120_000, ...(cwd ? { cwd } : {}) });
const verify = (args: string[], cwd?: string) => tsx('sim/cli/verify.ts', args, cwd);
const dir = mkdtempSync(join(tmpdir(), 'verify-'));
const EXAM = 'scenarios/exam/exam-standard-morning.json';
const TRAINING = 'scenarios/training/default-weekday-morning.json';

const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const log = write('log.json', [{ at: '09:00', type: 'coach', adviserId: 'a03', minutes: 20 }, { at: '10:00', type: 'logIn', adviserId: 'a01' }]);
const analysis = write('analysis.txt', 'The incident peak needed the IVR message earlier.');
const proposals = write('proposals.txt', 'Brief the team at 09:30.');
const result = join(dir, 'result.json');

/** A copy of the genuine result file with one edit, written to disk. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an edit may reach anywhere in the file's JSON
function tampered(name: string, edit: (file: Record<string, any>) => void): string {
  const file = JSON.parse(readFileSync(result, 'utf8'));
  edit(file);
  return write(name, file);
}

describe('npm run verify', () => {
  it('verifies a genuine exam result written by --result, with the trainee text in it', () => {
    const run = tsx('sim/cli/run.ts', [EXAM, '--commands', log, '--result', result, '--analysis', analysis, '--proposals', proposals]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const file = JSON.parse(readFileSync(result, 'utf8'));
    expect(file.format).toBe('superviseur-sim/result@2');
    expect(file.report).toEqual({ analysis: 'The incident peak needed the IVR message earlier.', proposals: 'Brief the team at 09:30.' });
    expect(file.result.commands.map((c: { status: string }) => c.status)).toEqual(['applied', 'rejected']);
    // From another folder: the official exams are found from the project, not the working directory.
    const v = verify([result], tmpdir());
    expect(v.stdout).toMatch(/^verified: .* on the official exam scenarios\/exam\/exam-standard-morning\.json \(hash [0-9a-f]+\), seed 424242/);
    expect(v.status).toBe(0);
  });

  it('fails a forged exam (every arrival rate × 0.6, same id), naming both hashes', () => {
    const scenario = JSON.parse(readFileSync(EXAM, 'utf8'));
    for (const c of scenario.channels) {
      if (c.arrivals?.perHour) c.arrivals.perHour *= 0.6;
      for (const step of c.arrivals?.profile ?? []) step.perHour *= 0.6;
    }
    const forgedResult = join(dir, 'forged-result.json');
    expect(tsx('sim/cli/run.ts', [write('exam.json', scenario), '--commands', log, '--result', forgedResult]).status).toBe(0);
    const forgedHash = JSON.parse(readFileSync(forgedResult, 'utf8')).scenarioHash;
    const officialHash = JSON.parse(readFileSync(result, 'utf8')).scenarioHash;
    expect(forgedHash).not.toBe(officialHash);
    const v = verify([forgedResult]);
    expect(v.status).toBe(1);
    expect(v.stdout).toContain('NOT verified');
    expect(v.stdout).toContain(`the embedded scenario "exam-standard-morning" (hash ${forgedHash}) is not the official exam scenarios/exam/exam-standard-morning.json (hash ${officialHash})`);
  });

  it('fails when the score, the KPIs, the command log or the seed was changed, naming what differs', () => {
    const score = verify([tampered('score.json', (f) => (f.score.total = 99))]);
    expect(score.status).toBe(1);
    expect(score.stdout).toMatch(/\$\.score\.total: file says 99, replay gives \d/);
    const kpis = verify([tampered('kpis.json', (f) => (f.kpis.byChannel.voice.serviceLevel = 0.99))]);
    expect(kpis.status).toBe(1);
    expect(kpis.stdout).toMatch(/\$\.kpis\.byChannel\.voice\.serviceLevel: file says 0\.99, replay gives 0\.\d+/);
    const inResult = verify([tampered('inner.json', (f) => (f.result.kpis.byChannel.voice.serviceLevel = 0.99))]);
    expect(inResult.stdout).toMatch(/\$\.result\.kpis\.byChannel\.voice\.serviceLevel: file says 0\.99/);
    const commands = verify([tampered('log-edited.json', (f) => (f.commands[0].minutes = 5))]);
    expect(commands.status).toBe(1);
    expect(commands.stdout).toMatch(/\$\.result\.commands\[0\]\.command\.minutes: file says 20, replay gives 5/);
    const seed = verify([tampered('seed.json', (f) => (f.seed = 7))]);
    expect(seed.status).toBe(1);
    expect(seed.stdout).toContain("played with seed 7, not the exam's seed 424242");
    expect(seed.stdout).toMatch(/\$\.result\.seed: file says 424242, replay gives 7/);
  });

  it('checks the result against the scenario given with --exam', () => {
    const copy = join(dir, 'official-copy.json');
    copyFileSync(EXAM, copy);
    const ok = verify([result, '--exam', copy]);
    expect(ok.stdout).toContain(`on the official exam ${copy}`);
    expect(ok.status).toBe(0);
    // A version-1 copy of the exam is migrated on load: same content, same hash.
    expect(verify([result, '--exam', 'test/fixtures/v1/exam-standard-morning.json']).status).toBe(0);
    const other = verify([result, '--exam', TRAINING]);
    expect(other.status).toBe(1);
    expect(other.stdout).toMatch(new RegExp(`\\(hash [0-9a-f]+\\) is not the official exam ${TRAINING} \\(hash [0-9a-f]+\\)`));
  });

  it('fails a result with no official exam of its id, saying to pass --exam', () => {
    const training = join(dir, 'training.json');
    expect(tsx('sim/cli/run.ts', [TRAINING, '--result', training]).status).toBe(0);
    const v = verify([training]);
    expect(v.status).toBe(1);
    expect(v.stdout).toContain('no official exam with id "default-weekday-morning" in scenarios/exam/: pass the official exam with --exam scenario.json');
    expect(verify([training, '--exam', TRAINING]).status).toBe(0);
  });

  it('says when the file comes from another engine version', () => {
    const same = verify([tampered('old-engine.json', (f) => (f.engineVersion = f.result.engineVersion = '0.0.1'))]);
    expect(same.status).toBe(0);
    expect(same.stdout).toMatch(/note: made with engine 0\.0\.1; this is engine \d+\.\d+\.\d+: replayed anyway/);
    const differs = verify([tampered('old-engine-differs.json', (f) => {
      f.engineVersion = f.result.engineVersion = '0.0.1';
      f.result.events += 1;
    })]);
    expect(differs.status).toBe(1);
    expect(differs.stdout).toMatch(/made with engine 0\.0\.1 and replayed with engine \d+\.\d+\.\d+: the version difference is the likely cause/);
  });

  it('still verifies a result@1 file, noting it carries no report text', () => {
    const old = tampered('v1.json', (f) => {
      for (const k of ['scenarioId', 'scenarioHash', 'engineVersion', 'kpis', 'score', 'report']) delete f[k];
      f.format = 'superviseur-sim/result@1';
    });
    const v = verify([old]);
    expect(v.status).toBe(0);
    expect(v.stdout).toContain('note: a result@1 file: it carries no report text');
  });

  it('exits 2 with one line for bad input', () => {
    const notJson = verify([write('x.txt', 'hello')]);
    expect(notJson.status).toBe(2);
    expect(notJson.stderr.trim().split('\n')).toHaveLength(1);
    expect(notJson.stderr).toContain(`${join(dir, 'x.txt')}: $: not valid JSON`);
    const shape = verify([write('x.json', '{"hello": 1}')]);
    expect(shape.status).toBe(2);
    expect(shape.stderr).toContain(`${join(dir, 'x.json')}: $.format: not a result file`);
    const noScore = verify([tampered('no-score.json', (f) => delete f.score)]);
    expect(noScore.status).toBe(2);
    expect(noScore.stderr.trim()).toMatch(/no-score\.json: \$\.score: .+$/);
    expect(verify([join(dir, 'missing.json')]).stderr).toContain('cannot read: no such file');
  });
});
