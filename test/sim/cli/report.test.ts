import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `npm run sim -- … --report out.(html|json|csv)`, from the repo root. */
function runSim(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['sim/cli/run.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scenario = 'scenarios/training/default-weekday-morning.json';
const tmp = mkdtempSync(join(tmpdir(), 'sim-report-'));

describe('npm run sim -- --report', () => {
  it('writes the HTML shift report, in English by default, with the trainee text from files', () => {
    const out = join(tmp, 'shift.html');
    const analysis = join(tmp, 'analysis.txt');
    writeFileSync(analysis, 'Surge at 10:00 <handled> late.');
    const r = runSim([scenario, '--report', out, '--analysis', analysis]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Shift report');
    expect(html).toContain('Surge at 10:00 &lt;handled&gt; late.');
    expect(html).toContain('Score by block');
  });

  it('picks JSON or CSV by the extension, and French with --lang fr', () => {
    const json = join(tmp, 'shift.json');
    const csv = join(tmp, 'shift.csv');
    expect(runSim([scenario, '--report', json, '--lang', 'fr']).status).toBe(0);
    expect(runSim([scenario, '--report', csv, '--lang', 'fr']).status).toBe(0);
    const model = JSON.parse(readFileSync(json, 'utf8'));
    expect(model).toMatchObject({ format: 'shift-report', lang: 'fr', title: 'Compte rendu de vacation', scenario: { id: 'default-weekday-morning' } });
    const text = readFileSync(csv, 'utf8');
    expect(text).toContain('\r\n');
    expect(text.split('\r\n')).toContain('Note par bloc');
    expect(text).toMatch(/^Note totale;\d+(,\d)?;$/m);
  });

  it('exits 2 with a clear message for a bad report path, extension or language', () => {
    const badDir = join(tmp, 'no-such-dir', 'out.html');
    const r = runSim([scenario, '--report', badDir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${badDir}: cannot write: no folder`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe(''); // refused before the run, not after a whole shift
    const ext = runSim([scenario, '--report', join(tmp, 'out.pdf'), '--lang', 'de']);
    expect(ext.status).toBe(2);
    expect(ext.stderr).toContain('the file name must end in .html, .json or .csv');
    expect(ext.stderr).toContain('--lang must be en or fr, got "de"');
    expect(existsSync(join(tmp, 'out.pdf'))).toBe(false);
    expect(runSim([scenario, '--lang', 'fr']).stderr).toContain('--lang only applies with --report');
  });
});
