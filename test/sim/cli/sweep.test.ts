import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs `tsx sim/cli/run.ts …` from the repo root, as `npm run sim -- …` does. */
function runSim(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['sim/cli/run.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Erlang C, 200 calls/h × 180 s = 10 erlangs, no abandonment: service level climbs steeply from 11 to 13 advisers. */
const scenario = 'scenarios/validation/erlang-c-team11.json';

function sweep(vary: string, replications: number, ...more: string[]) {
  const r = runSim([scenario, '--vary', vary, '--jsonl', '--replications', String(replications), '--workers', '1', ...more]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}
const lines = (stdout: string) => stdout.trimEnd().split('\n');

describe('npm run sim -- --vary … --jsonl', () => {
  it('prints one JSON line per variant with mean and CI of each KPI, and no timing', () => {
    const out = lines(sweep('advisers=10..12', 4)).map((l) => JSON.parse(l));
    expect(out.map((l) => l.variant)).toEqual([{ advisers: 10 }, { advisers: 11 }, { advisers: 12 }]);
    for (const l of out) {
      expect(Object.keys(l)).toEqual(['variant', 'replications']);
      expect(l.replications).toMatchObject({ count: 4, seeds: out[0].replications.seeds });
      expect(new Set(l.replications.seeds).size).toBe(4);
      for (const k of ['offered', 'answered', 'serviceLevel', 'asa', 'abandonRate', 'aht']) {
        expect(l.replications.byChannel.voice[k], k).toMatchObject({ mean: expect.any(Number), ci95: expect.any(Number) });
      }
      expect(l.replications.occupancy.mean).toBeGreaterThan(0.5);
    }
    expect(JSON.stringify(out)).not.toMatch(/wallMs/);
  });

  it('gives every variant the same customers (common random numbers)', () => {
    const out = lines(sweep('advisers=11,14', 3)).map((l) => JSON.parse(l));
    expect(out[0].replications.byChannel.voice.offered).toEqual(out[1].replications.byChannel.voice.offered);
  });

  it('shows service level rising with advisers, beyond the confidence intervals', () => {
    // Erlang C puts the 20-second service level at 0.39 with 11 advisers, 0.64 with 12 and 0.80 with 13:
    // steps of 0.15–0.25, while 10 twelve-hour days give 95 % half-widths of 0.03–0.07, so neighbouring
    // intervals should not overlap. The seeds are fixed, so the test is deterministic; that margin
    // (each step over twice the sum of the half-widths) is what keeps it true for other seeds too.
    const sl = lines(sweep('advisers=11..13', 10)).map((l) => JSON.parse(l).replications.byChannel.voice.serviceLevel);
    for (let i = 1; i < sl.length; i++) expect(sl[i].mean - sl[i].ci95).toBeGreaterThan(sl[i - 1].mean + sl[i - 1].ci95);
  });

  it('narrows the confidence intervals as replications grow', () => {
    // The half-width scales as t(R-1)·s/√R: from R = 4 to R = 16 it should shrink about threefold
    // (2 × 3.18 / 2.13); asking only that it shrinks leaves room for the sample deviations to differ.
    const ci = (r: number) => JSON.parse(sweep('advisers=12', r)).replications.byChannel.voice.serviceLevel.ci95;
    expect(ci(16)).toBeLessThan(ci(4));
  });

  it('splits into shards whose lines, put together, are exactly the full sweep', () => {
    const full = lines(sweep('advisers=10..14', 3));
    const shards = [1, 2, 3].map((k) => lines(sweep('advisers=10..14', 3, '--shard', `${k}/3`)));
    expect(shards.map((s) => s.length)).toEqual([2, 2, 1]);
    expect(shards.flat().sort()).toEqual([...full].sort());
  });

  it('prints the same lines on one worker thread or two', () => {
    const one = sweep('advisers=10..12', 4, '--workers', '1');
    const two = sweep('advisers=10..12', 4, '--workers', '2');
    expect(two).toBe(one);
  });

  it.each([
    [['--vary', 'advisers=12..8', '--jsonl'], /--vary 'advisers=12\.\.8': the range runs backwards/],
    [['--vary', 'staff=8..9', '--jsonl'], /unknown dimension "staff" \(known: advisers, staffing, volume, aht, absence, multiskill, overflow, callback\)/],
    [['--vary', 'advisers=8..9'], /--vary needs --jsonl/],
    [['--vary', 'advisers=8..9', '--jsonl', '--shard', '3/2'], /--shard '3\/2': K must be between 1 and N/],
    [['--vary', 'advisers=8..9', '--jsonl', '--workers', '0'], /--workers must be between 1 and 256/],
    [['--vary', 'advisers=8..9', '--jsonl', '--replications', '1'], /--replications must be at least 2 in a sweep/],
    [['--jsonl'], /--jsonl only applies with --vary/],
  ])('refuses %j with exit 2 and a line naming the problem', (args, message) => {
    const r = runSim([scenario, ...args]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(message);
  });
});
