import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseErlangArgs } from '../../../sim/cli/erlangArgs';

/** Runs `tsx sim/cli/erlang.ts …` from the repo root, as `npm run erlang -- …` does. */
function runErlang(args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['sim/cli/erlang.ts', ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const c11 = ['--model', 'C', '--per-hour', '200', '--aht', '180', '--agents', '11'];

describe('npm run erlang', () => {
  it('prints exactly one JSON object for Erlang C, with requiredAgents when a target is given', () => {
    const { status, stdout, stderr } = runErlang([...c11, '--target-sl', '0.8', '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as Record<string, number>;
    expect(Object.keys(out)).toEqual(['pWait', 'asa', 'serviceLevel', 'requiredAgents']);
    // The published callcentrehelper example (reference case C04-cch11).
    expect(out.pWait).toBeCloseTo(0.682118204689, 11);
    expect(out.asa).toBeCloseTo(122.781276844, 8);
    expect(out.serviceLevel).toBeCloseTo(0.389613811729, 11);
    expect(out.requiredAgents).toBe(14);
  });

  it('adds pAbandon for Erlang A and blocking for Erlang B', () => {
    const a = runErlang(['--model', 'A', '--per-hour', '200', '--aht', '180', '--agents', '11', '--patience=180', '--json']);
    expect(a.status).toBe(0);
    const outA = JSON.parse(a.stdout) as Record<string, number>;
    expect(Object.keys(outA)).toEqual(['pWait', 'pAbandon', 'asa', 'serviceLevel']);
    expect(outA.pAbandon).toBeCloseTo(0.0834140107404, 11);
    expect(outA.asa).toBeCloseTo(13.5351264308, 8);

    const b = runErlang(['--model', 'B', '--per-hour', '3600', '--aht', '5', '--agents', '10', '--json']);
    expect(b.status).toBe(0);
    const outB = JSON.parse(b.stdout) as Record<string, number>;
    expect(outB.blocking).toBeCloseTo(0.0183845703366, 12);
    expect(outB.serviceLevel).toBeCloseTo(1 - 0.0183845703366, 12);
  });

  it('prints a readable table without --json', () => {
    const { status, stdout } = runErlang([...c11, '--threshold', '30']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Erlang C/);
    expect(stdout).toMatch(/P\(wait\)\s+68\.21 %/);
    expect(stdout).toMatch(/service level\s+[\d.]+ % answered within 30 s/);
  });

  it('exits with 2 and one message per problem on bad input, without a stack trace', () => {
    const { status, stdout, stderr } = runErlang(['--model', 'A', '--per-hour', 'lots', '--aht', '-3', '--agents', '11', '--colour']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines.slice(0, -1)).toEqual([
      '--per-hour must be a number, got "lots"',
      expect.stringMatching(/^unknown option --colour \(known: --model, /),
      '--aht must be greater than 0 seconds, got -3',
      '--model A needs --patience (mean patience in seconds)',
    ]);
    expect(lines.at(-1)).toMatch(/^usage: npm run erlang -- --model B\|C\|A/);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('exits with 2 naming each missing required option', () => {
    const { status, stderr } = runErlang(['--model', 'C', '--json']);
    expect(status).toBe(2);
    expect(stderr).toContain('missing required option --per-hour');
    expect(stderr).toContain('missing required option --aht');
    expect(stderr).toContain('missing required option --agents');
  });
});

describe('parseErlangArgs', () => {
  it('reads every option, in either --flag value or --flag=value form', () => {
    expect(
      parseErlangArgs(['--model=a', '--per-hour', '120', '--aht', '240', '--agents', '9', '--patience', '90', '--threshold=15', '--target-sl', '.9', '--json']),
    ).toEqual({
      kind: 'run',
      options: {
        model: 'A',
        arrivalsPerHour: 120,
        ahtSeconds: 240,
        agents: 9,
        patienceSeconds: 90,
        thresholdSeconds: 15,
        targetServiceLevel: 0.9,
        json: true,
      },
    });
  });

  it('defaults the threshold to 20 seconds and leaves out patience and target', () => {
    const parsed = parseErlangArgs(c11);
    expect(parsed).toEqual({
      kind: 'run',
      options: { model: 'C', arrivalsPerHour: 200, ahtSeconds: 180, agents: 11, thresholdSeconds: 20, json: false },
    });
  });

  it('rejects fractional agents, a target written as a percentage and a stray word', () => {
    expect(parseErlangArgs([...c11.slice(0, 6), '--agents', '2.5', '--target-sl', '80', 'extra'])).toEqual({
      kind: 'invalid',
      problems: [
        '--agents must be a whole number, got "2.5"',
        'unexpected argument "extra" (options start with --)',
        '--target-sl must be a fraction strictly between 0 and 1 (0.8 for 80 %), got 80',
      ],
    });
  });

  it('rejects --patience outside model A, an unknown model and a flag without a value', () => {
    expect(parseErlangArgs(['--model', 'C', '--per-hour', '10', '--aht', '180', '--agents', '3', '--patience', '60', '--threshold'])).toEqual({
      kind: 'invalid',
      problems: ['--threshold needs a value', '--patience applies to --model A only (model C has no abandonment)'],
    });
    expect(parseErlangArgs(['--model', 'D', '--per-hour', '10', '--aht', '180', '--agents', '3'])).toEqual({
      kind: 'invalid',
      problems: ['--model must be B, C or A, got "D"'],
    });
  });
});
