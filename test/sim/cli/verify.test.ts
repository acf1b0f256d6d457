import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = (script: string, args: string[]) => spawnSync('node_modules/.bin/tsx', [script, ...args], { encoding: 'utf8', timeout: 120_000 });
const dir = mkdtempSync(join(tmpdir(), 'verify-'));

describe('exam result files', () => {
  const log = join(dir, 'log.json');
  const result = join(dir, 'result.json');
  writeFileSync(log, JSON.stringify([{ at: '09:00', type: 'coach', adviserId: 'a03', minutes: 20 }, { at: '10:00', type: 'logIn', adviserId: 'a01' }]));

  it('are written by --result and verified by replay', () => {
    const run = tsx('sim/cli/run.ts', ['scenarios/training/default-weekday-morning.json', '--commands', log, '--result', result]);
    expect(run.status).toBe(0);
    const file = JSON.parse(readFileSync(result, 'utf8'));
    expect(file.format).toBe('superviseur-sim/result@1');
    expect(file.result.commands.map((c: { status: string }) => c.status)).toEqual(['applied', 'rejected']);
    const verify = tsx('sim/cli/verify.ts', [result]);
    expect(verify.stdout).toMatch(/^verified: /);
    expect(verify.status).toBe(0);
  });

  it('fail verification, naming what differs, when a figure was changed', () => {
    const file = JSON.parse(readFileSync(result, 'utf8'));
    file.result.kpis.byChannel.voice.serviceLevel = 0.99;
    const forged = join(dir, 'forged.json');
    writeFileSync(forged, JSON.stringify(file));
    const verify = tsx('sim/cli/verify.ts', [forged]);
    expect(verify.status).toBe(1);
    expect(verify.stdout).toMatch(/\$\.result\.kpis\.byChannel\.voice\.serviceLevel: file says 0\.99, replay gives 0\.\d+/);
  });

  it('fail verification when the command log was edited', () => {
    const file = JSON.parse(readFileSync(result, 'utf8'));
    file.commands[0].minutes = 5;
    const forged = join(dir, 'forged-log.json');
    writeFileSync(forged, JSON.stringify(file));
    expect(tsx('sim/cli/verify.ts', [forged]).status).toBe(1);
  });

  it('exit 2 for a file that is not a result file', () => {
    const notResult = join(dir, 'x.json');
    writeFileSync(notResult, '{"hello": 1}');
    const verify = tsx('sim/cli/verify.ts', [notResult]);
    expect(verify.status).toBe(2);
    expect(verify.stderr).toContain(`${notResult}: $.format:`);
  });
});
