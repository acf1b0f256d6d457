/** `npm run calibrate` and the score fields of `npm run sim -- --json` (DESIGN.md §3). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = (script: string, args: string[]) => {
  const r = spawnSync('node_modules/.bin/tsx', [script, ...args], { encoding: 'utf8', timeout: 180_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const exam = 'scenarios/exam/exam-standard-morning.json';

describe('npm run calibrate', () => {
  it('prints the policies, their spread and the contract as one JSON object', () => {
    const { status, stdout, stderr } = tsx('sim/cli/calibrate.ts', [exam, '--seeds', '2', '--json']);
    expect(stderr).toBe('');
    const out = JSON.parse(stdout);
    expect(Object.keys(out.policies)).toEqual(['none', 'novice', 'expert', 'harmful']);
    expect(out.seeds).toHaveLength(2);
    for (const p of Object.values(out.policies) as { mean: number; sd: number; scores: number[] }[]) {
      expect(p.scores).toHaveLength(2);
      expect(p.mean).toBeGreaterThan(0);
    }
    expect(out.gaps.expertMinusNone).toBeCloseTo(out.policies.expert.mean - out.policies.none.mean, 0);
    expect(status).toBe(out.contract.pass ? 0 : 1);
  });

  it('refuses bad input with exit 2 and a readable message', () => {
    const none = tsx('sim/cli/calibrate.ts', []);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no scenario given/);
    const seeds = tsx('sim/cli/calibrate.ts', [exam, '--seeds', 'x']);
    expect(seeds.status).toBe(2);
    expect(seeds.stderr).toMatch(/--seeds: expected a whole number/);
    const missing = tsx('sim/cli/calibrate.ts', ['nowhere.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nowhere\.json: cannot read: no such file/);
  });
});

describe('npm run sim -- --json: score and baseline', () => {
  it('carries the score by block, by interval and its entries, and the no-command baseline', () => {
    const dir = mkdtempSync(join(tmpdir(), 'score-cli-'));
    const log = join(dir, 'log.json');
    writeFileSync(log, JSON.stringify([{ at: '09:35', type: 'setIvrMessage', channelId: 'voice', message: 'incident' }, { at: '10:10', type: 'recordAbsence', adviserId: 'a04' }]));
    const { status, stdout } = tsx('sim/cli/run.ts', [exam, '--commands', log, '--json']);
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out.score.byBlock)).toEqual(['resources', 'people', 'improvement']);
    expect(out.score.byInterval).toHaveLength(10);
    expect(out.score.entries.map((e: { code: string }) => e.code)).toEqual(expect.arrayContaining(['ivrOnIncident', 'absenceRecorded', 'briefingMissing']));
    expect(out.baseline.score.total).toBeLessThan(out.score.total);
    expect(out.baseline.kpis.byChannel.voice.offered).toBeGreaterThan(0);
  });
});
