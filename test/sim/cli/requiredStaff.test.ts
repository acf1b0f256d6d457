import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { requiredAgents } from '../../../sim/analytics/index';
import { requiredStaff, requiredStaffRequest } from '../../../sim/cli/requiredStaff';
import type { Scenario } from '../../../sim/index';
import { loadScenario } from '../helpers';

/** Runs `tsx sim/cli/run.ts …` from the repo root, as `npm run sim -- …` does. */
function runSim(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['sim/cli/run.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const validation = 'scenarios/validation/erlang-c-team11.json';

describe('npm run sim -- --required-staff', () => {
  it('prints one JSON object with a row per interval: forecast, analytic figures and the simulated one', () => {
    const { status, stdout, stderr } = runSim([validation, '--required-staff', '--target-sl', '0.8', '--replications', '2', '--shrinkage', '0.25', '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ targetServiceLevel: 0.8, confidence: 0.95, shrinkage: 0.25, replications: 2 });
    expect(out.required).toHaveLength(24);
    const c = requiredAgents({ arrivalsPerHour: 200, ahtSeconds: 180, thresholdSeconds: 20, targetServiceLevel: 0.8 });
    expect(out.required[2]).toMatchObject({
      interval: '09:00', channel: 'voice', forecast: 100, steadyState: true,
      analytic: { erlangC: c, erlangA: null, withShrinkage: Math.ceil(c / 0.75) },
      simulated: expect.any(Number),
      achievedServiceLevel: { mean: expect.any(Number), ci95: expect.any(Number), lowerBound: expect.any(Number) },
    });
    expect(out.required[0].steadyState).toBe(false);
    for (const r of out.required) expect(r.achievedServiceLevel.lowerBound).toBeGreaterThanOrEqual(0.8);
  });

  it('exits 2 naming the problem, before any run', () => {
    const { status, stdout, stderr } = runSim([validation, '--required-staff', '--target-sl', '1.2']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--target-sl must be strictly between 0 and 1 (e.g. 0.8 for 80 %), got 1.2');
  });
});

describe('the required-staff flags', () => {
  const problemsOf = (flags: Record<string, string | number | boolean>) => {
    const problems: string[] = [];
    requiredStaffRequest(flags, problems);
    return problems;
  };

  it.each([
    [{ 'required-staff': true, 'target-sl': 0 }, '--target-sl must be strictly between 0 and 1'],
    [{ 'required-staff': true }, '--required-staff needs --target-sl'],
    [{ confidence: 0.9 }, '--confidence only applies with --required-staff'],
    [{ 'target-sl': 0.8 }, '--target-sl only applies with --required-staff'],
    [{ 'required-staff': true, 'target-sl': 0.8, confidence: 95 }, '--confidence must be strictly between 0 and 1'],
    [{ 'required-staff': true, 'target-sl': 0.8, shrinkage: 1 }, '--shrinkage must be at least 0 and below 1'],
    [{ 'required-staff': true, 'target-sl': 0.8, replications: 1 }, 'needs --replications of at least 2'],
    [{ 'required-staff': true, 'target-sl': 0.8, report: 'x.html' }, '--report does not apply with --required-staff'],
  ])('rejects %j with one line', (flags, message) => {
    const problems = problemsOf(flags);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('defaults to 95 % confidence, 30 % shrinkage and 10 replications', () => {
    const problems: string[] = [];
    expect(requiredStaffRequest({ 'required-staff': true, 'target-sl': 0.8 }, problems)).toEqual({
      targetServiceLevel: 0.8, confidence: 0.95, shrinkage: 0.3, replications: 10, seed: undefined,
    });
    expect(problems).toEqual([]);
  });
});

describe('the required-staff table on a day with more than one channel', () => {
  it('leaves out channels it does not cover, saying why, and still simulates the one voice line', () => {
    const day = loadScenario('scenarios/training/multichannel-tuesday.json');
    const scenario = { ...day, clock: { ...day.clock, end: '09:00' }, events: [], channels: day.channels.map((c) => ({ ...c, forecast: c.forecast?.slice(0, 2) })) };
    const out = requiredStaff(scenario, { targetServiceLevel: 0.8, confidence: 0.95, shrinkage: 0.3, replications: 2 });
    expect(out.required.map((r) => [r.interval, r.channel])).toEqual([['08:00', 'voice'], ['08:30', 'voice']]);
    expect(out.notes).toContain('channel email (email) left out: the table covers voice and callback channels');
    expect(out.notes).toContain('channel callback (callback) left out: no arrivals of its own');
    expect(out.notes.some((n) => n.includes('N is the whole team'))).toBe(true);
    expect(out.notes.some((n) => n.includes('inherits the queue'))).toBe(true);
    for (const r of out.required) expect(r.simulated).toEqual(expect.any(Number));
  });
});

describe('the required-staff table on a day with two voice lines', () => {
  it('staffs each line apart with a team dedicated to it, and says so', () => {
    const base = loadScenario(validation);
    const voice = base.channels[0];
    const group = 'generate' in base.team && !Array.isArray(base.team.generate) ? base.team.generate : null;
    const scenario: Scenario = {
      ...base,
      clock: { start: '08:00', end: '10:00' },
      channels: [
        { ...voice, forecast: undefined },
        { ...voice, id: 'support', arrivals: { perHour: 60 }, forecast: undefined },
      ],
      team: { generate: [{ ...group!, count: 11, skills: { voice: 1 } }, { ...group!, count: 4, skills: { support: 1, voice: 0.5 } }] },
    };
    const progress: number[] = [];
    const out = requiredStaff(scenario, { targetServiceLevel: 0.8, confidence: 0.95, shrinkage: 0.3, replications: 4 }, { onProgress: (done, total) => progress.push(done / total) });
    expect(out.required.map((r) => [r.interval, r.channel])).toEqual([
      ['08:00', 'voice'], ['08:00', 'support'], ['08:30', 'voice'], ['08:30', 'support'],
      ['09:00', 'voice'], ['09:00', 'support'], ['09:30', 'voice'], ['09:30', 'support'],
    ]);
    expect(progress[progress.length - 1]).toBe(1);
    expect(out.notes.some((n) => n.includes('dedicated') && n.includes('pooled multi-skill team needs fewer'))).toBe(true);
    for (const r of out.required) {
      expect(r.simulated, `${r.interval} ${r.channel}`).toEqual(expect.any(Number));
      expect(r.achievedServiceLevel!.lowerBound).toBeGreaterThanOrEqual(0.8);
    }
    // Each line's figure is about its own Erlang C one, not the whole team's: a lower bound over
    // few days of 30-minute intervals sits a few advisers above it, never far below.
    const steady = out.required.filter((r) => r.steadyState);
    for (const r of steady) expect(r.simulated! - r.analytic.erlangC!, `${r.interval} ${r.channel}`).toBeGreaterThanOrEqual(-1);
    for (const r of steady) expect(r.simulated! - r.analytic.erlangC!, `${r.interval} ${r.channel}`).toBeLessThanOrEqual(5);
    expect(Math.max(...steady.filter((r) => r.channel === 'support').map((r) => r.simulated!))).toBeLessThan(Math.min(...steady.filter((r) => r.channel === 'voice').map((r) => r.simulated!)));
  });
});
