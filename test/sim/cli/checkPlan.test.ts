import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPlanCheck } from '../../../sim/cli/checkPlanTable';
import { checkPlan } from '../../../sim/prepare/checkPlan';
import { loadScenario } from '../helpers';

function runSim(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['sim/cli/run.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scenario = 'scenarios/training/campaign-preparation.json';

describe('npm run sim -- --check-plan', () => {
  it('prints the plan check of the commands at the start as JSON, and as a table', () => {
    const log = join(mkdtempSync(join(tmpdir(), 'sim-plan-')), 'log.json');
    writeFileSync(log, JSON.stringify([{ at: '09:00', type: 'configureDialer', channelId: 'outbound', retry: { maxAttempts: 4 } }, { at: 0, type: 'teamBriefing', minutes: 10 }]));
    const json = runSim([scenario, '--check-plan', '--commands', log, '--json']);
    expect(json.status).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out.scenario).toBe('campaign-preparation');
    const errors = out.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { code: string }) => f.code);
    expect(errors).toEqual([]);
    expect(out.staffing[0]).toEqual({ interval: '09:00', start: 0, channel: 'voice', forecast: 25, requiredErlangC: 8, planned: 12 });
    // The table (without --json) from the same check, in process: one child process fewer.
    const table = formatPlanCheck('campaign-preparation', checkPlan(loadScenario(scenario), []));
    expect(table).toMatch(/ERR {3}Retry rules on outbound allow 6 attempts/);
    expect(table.split('\n')).toContainEqual(expect.stringMatching(/^ +10:00 +voice +37\.5 +10 +12$/));
  });

  it('exits 2 on a flag that does not apply', () => {
    const r = runSim([scenario, '--check-plan', '--replications', '3']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--replications does not apply to --check-plan/);
  });
});
