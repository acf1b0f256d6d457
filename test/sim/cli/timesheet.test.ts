/** `npm run sim -- … --timesheet out.csv`: the timesheet written after the run, a bad path refused before it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timesheetColumns } from '../../../sim/report/timesheet';

function runSim(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['sim/cli/run.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scenario = 'scenarios/training/default-weekday-morning.json';
const tmp = mkdtempSync(join(tmpdir(), 'sim-timesheet-'));

describe('npm run sim -- --timesheet', () => {
  it('writes one CSV row per adviser, with the header, and leaves the --json output as it was', () => {
    const file = join(tmp, 't.csv');
    const { status, stdout, stderr } = runSim([scenario, '--json', '--timesheet', file]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = readFileSync(file, 'utf8').split('\r\n');
    expect(lines[0]).toBe(timesheetColumns.map((c) => c.header).join(','));
    expect(lines.slice(1, -1)).toHaveLength(12);
    expect(lines.at(-1)).toBe('');
    expect(lines[7]).toMatch(/^1,,a07,Yanis Moreau,08:00,13:00,300,08:00,09:4\d,[\d.]+,\d+,[\d.]+,\d+,[\d.]+,yes,no,/);
    const plain = JSON.parse(runSim([scenario, '--json']).stdout);
    expect(JSON.parse(stdout).resultHash).toBe(plain.resultHash);
  });

  it('refuses a path it cannot write before running, with exit 2 and the reason', () => {
    const missing = runSim([scenario, '--timesheet', join(tmp, 'no-such-folder', 't.csv')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/t\.csv: cannot write: no folder .*no-such-folder/);
    expect(missing.stdout).toBe('');
    const folder = runSim([scenario, '--timesheet', tmp]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toMatch(/cannot write: is a folder, not a file/);
    const noValue = runSim([scenario, '--timesheet']);
    expect(noValue.status).toBe(2);
    expect(noValue.stderr).toMatch(/--timesheet needs a value/);
    const sweep = runSim([scenario, '--vary', 'advisers=8..9', '--jsonl', '--timesheet', join(tmp, 's.csv')]);
    expect(sweep.status).toBe(2);
    expect(sweep.stderr).toMatch(/--timesheet does not apply to a sweep/);
  });
});
