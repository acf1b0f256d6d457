import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `tsx sim/cli/run.ts …` from the repo root, as `npm run sim -- …` does. */
function runSim(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['sim/cli/run.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scenario = 'scenarios/training/default-weekday-morning.json';
const tmp = mkdtempSync(join(tmpdir(), 'sim-cli-'));
const write = (name: string, content: string) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

describe('npm run sim', () => {
  it('prints exactly one JSON object with the documented fields', () => {
    const { status, stdout, stderr } = runSim([scenario, '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ scenario: { id: 'default-weekday-morning', hash: expect.any(String) }, seed: 20261126, engineVersion: expect.any(String) });
    expect(out.events).toBeGreaterThan(0);
    expect(out.wallMs).toBeGreaterThan(0);
    const voice = out.kpis.byChannel.voice;
    for (const k of ['offered', 'answered', 'abandoned', 'answeredWithinThreshold', 'serviceLevel', 'asa', 'abandonRate', 'aht']) expect(voice[k], k).toEqual(expect.any(Number));
    expect(out.kpis.occupancy).toBeGreaterThan(0);
    expect(out.kpis.byInterval).toHaveLength(10); // 08:00–13:00 in 30-minute intervals
  });

  it('is reproducible: the same seed gives the same result hash, another seed another', () => {
    const a = JSON.parse(runSim([scenario, '--json', '--seed', '5']).stdout);
    const b = JSON.parse(runSim([scenario, '--json', '--seed', '5']).stdout);
    const c = JSON.parse(runSim([scenario, '--json', '--seed', '6']).stdout);
    expect(a.seed).toBe(5);
    expect(a.resultHash).toBe(b.resultHash);
    expect(a.resultHash).not.toBe(c.resultHash);
  });

  it('gives each KPI a mean and a 95 % confidence interval over replications', () => {
    const out = JSON.parse(runSim([scenario, '--json', '--replications', '8']).stdout);
    expect(out.replications.count).toBe(8);
    expect(new Set(out.replications.seeds).size).toBe(8);
    const sl = out.replications.byChannel.voice.serviceLevel;
    expect(sl.mean).toBeGreaterThan(0);
    expect(sl.mean).toBeLessThan(1);
    expect(sl.ci95).toBeGreaterThan(0);
  });

  it('applies a command log and lists each command as applied or rejected', () => {
    const log = write('log.json', JSON.stringify([
      { at: '09:00', type: 'coach', adviserId: 'a03', minutes: 20 },
      { at: 1800, type: 'sendToBreak', adviserId: 'nobody', minutes: 10 }, // 08:30: seconds since start
    ]));
    const out = JSON.parse(runSim([scenario, '--json', '--commands', log]).stdout);
    expect(out.commands.map((c: { type: string; status: string }) => [c.type, c.status])).toEqual([['sendToBreak', 'rejected'], ['coach', 'applied']]);
    expect(out.commands[0].reason).toBe('unknown adviser "nobody"');
  });

  it('prints a readable table without --json', () => {
    const { status, stdout } = runSim([scenario]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/channel\s+offered\s+answered/);
    expect(stdout).toMatch(/^voice\s+\d+/m);
  });

  it('exits 2 naming the file, the JSON path and the problem for a bad scenario', () => {
    const bad = write('bad.json', JSON.stringify({ schemaVersion: 1, id: 'x', title: { fr: 'x', en: 'x' }, seed: 1, clock: { start: '08:00', end: '09:00' }, channels: [{ id: 'voice', kind: 'voice', arrivals: { perHour: 10 }, handleTime: { dist: 'exponential', mean: -1 } }], team: { generate: { count: 1, skills: { voice: 1 } } } }));
    const { status, stdout, stderr } = runSim([bad, '--json']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(`${bad}: $.channels[0].handleTime.mean: Too small: expected number to be >0, got -1`);
  });

  it('exits 2 with one line per problem for bad options, never a stack trace', () => {
    const { status, stderr } = runSim(['--seed', 'abc', '--bogus']);
    expect(status).toBe(2);
    expect(stderr).toContain('--seed must be a number, got "abc"');
    expect(stderr).toContain('unknown option --bogus');
    expect(stderr).toContain('missing the scenario file');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a missing file and for a malformed command log', () => {
    expect(runSim(['nope.json']).stderr.trim()).toBe('nope.json: cannot read: no such file');
    const log = write('badlog.json', JSON.stringify([{ at: '09:00', type: 'dance', adviserId: 'a01' }]));
    const r = runSim([scenario, '--commands', log]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${log.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\$\\[0\\]\\.type: `));
  });
});
