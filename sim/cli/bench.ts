/**
 * `npm run bench [-- --json] [--quick]`: engine throughput and timings, measured
 * in one process so figures are comparable as ratios. The script bundles the
 * engine as ES modules first (esbuild), as the browser worker runs it, rather
 * than through tsx's CommonJS interop, whose import getters distort a hot loop (this machine is shared
 * and noisy: compare ratios from one run, not absolute numbers across runs).
 *
 *  - mmc: ideal M/M/c, c = 500, ρ = 0.95, ~1e6 customers through the full engine;
 *  - bareLoop: the same M/M/c as a minimal typed-array-heap loop with no model;
 *    engineVsBareLoop = mmc.eventsPerSecond ÷ bareLoop.eventsPerSecond;
 *  - day12 / day500: realistic 12-hour days with 12 and 500 advisers;
 *  - dayMultichannel500: the multichannel training day scaled to 500 advisers (vsDay500: ÷ day500);
 *  - replicationsPerSecond12: 12-adviser days per second on one core;
 *  - sweep: a 30-variant × 50-replication staffing sweep of the 12-adviser day, on one
 *    core then on all cores (benchSweep.ts): wall time on all cores and the speed-up;
 *  - peakMemoryMB: peak resident set size of the process.
 *
 * Every figure is the median of several interleaved rounds (5; 2 with --quick).
 * A round runs each benchmark once in turn (mmc, bare loop, a batch of 12-adviser
 * days, day500, dayMultichannel500, a burst of replications), so all of them see
 * the same machine load, and a ratio (engine ÷ bare loop, multichannel ÷ voice)
 * is taken within its round before the median. One noisy round moves no median.
 * The per-round values are reported too (`rounds`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSimulation, validateScenario, type Scenario, type ScenarioInput } from '../index';
import { createStream } from '../engine/rng';
import { parseArgs, UsageError } from './args';
import { runMain } from './io';
import { bareMmcLoop } from './bareLoop';
import { measureLimits } from './benchLimits';
import { measureSweep, SWEEP_TARGETS } from './benchSweep';

let peakRss = 0;
const sampleMemory = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

function scenario(input: Omit<ScenarioInput, 'schemaVersion' | 'title'>): Scenario {
  // The bench measures throughput past what the browser may load: no load limits here.
  return validateScenario({ schemaVersion: 2, title: { fr: input.id, en: input.id }, ...input }, `bench:${input.id}`, { limits: false });
}

/** M/M/c with c = 500, ρ = 0.95, AHT 60 s: λ = 7.9167/s, so 35.1 h hold ~1e6 customers. */
export function mmcScenario(customers: number): Scenario {
  const c = 500;
  const aht = 60;
  const perSecond = (0.95 * c) / aht;
  const seconds = Math.ceil(customers / perSecond);
  const h = Math.floor(seconds / 3600);
  const m = Math.ceil((seconds % 3600) / 60);
  return scenario({
    id: 'bench-mmc-500',
    seed: 500,
    mode: 'ideal',
    clock: { start: '00:00', end: `${String(h + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}` },
    stats: { warmupMinutes: 0, intervalMinutes: 60, shortAbandonSeconds: 0 },
    channels: [{ id: 'voice', kind: 'voice', arrivals: { perHour: perSecond * 3600 }, handleTime: { dist: 'exponential', mean: aht } }],
    team: { generate: { count: c, skills: { voice: 1 } } },
  });
}

/** A realistic 08:00–20:00 voice day, load scaled to the team (≈ 85 % at peak). */
export function dayScenario(advisers: number): Scenario {
  const perAdviserHour = [9, 12, 14, 14, 13, 12, 11, 12, 13, 12, 10, 8];
  return scenario({
    id: `bench-day-${advisers}`,
    seed: 12,
    mode: 'realistic',
    clock: { start: '08:00', end: '20:00' },
    stats: { warmupMinutes: 0, intervalMinutes: 30, shortAbandonSeconds: 5 },
    channels: [{
      id: 'voice',
      kind: 'voice',
      arrivals: { profile: perAdviserHour.map((r, i) => ({ from: `${String(8 + i).padStart(2, '0')}:00`, perHour: r * advisers })) },
      handleTime: { dist: 'lognormal', mean: 180, cv: 0.8 },
      hold: { probability: 0.15, duration: { dist: 'exponential', mean: 45 } },
      wrapUp: { dist: 'gamma', mean: 30, cv: 0.5 },
      patience: { dist: 'exponential', mean: 240 },
    }],
    team: { generate: { count: advisers, skills: { voice: 1 } } },
  });
}

/**
 * The multichannel training day scaled to 500 advisers: every rate × 500/12,
 * the 12-adviser team's groups repeated, a call list and overflow to match.
 */
export function multichannelScenario(advisers: number): Scenario {
  // Relative to the repository root (npm runs scripts there); the bench may run bundled elsewhere.
  const base = JSON.parse(readFileSync(resolve('scenarios/training/multichannel-tuesday.json'), 'utf8'));
  const scale = advisers / base.team.advisers.length;
  for (const c of base.channels) {
    if (c.arrivals?.perHour) c.arrivals.perHour *= scale;
    for (const step of c.arrivals?.profile ?? []) step.perHour *= scale;
    if (c.backlog) c.backlog.count = Math.round(c.backlog.count * scale);
    if (c.dialer) c.dialer.list.size = Math.round(c.dialer.list.size * scale);
  }
  for (const g of base.overflow ?? []) g.capacity = Math.round(g.capacity * scale);
  const template = base.team.advisers as { skills: Record<string, number>; routingProfile?: Record<string, number>; concurrency?: Record<string, number>; shift?: unknown }[];
  base.team = {
    generate: template.map((a, i) => ({
      count: Math.floor(advisers / template.length) + (i < advisers % template.length ? 1 : 0),
      skills: a.skills,
      ...(a.routingProfile ? { routingProfile: a.routingProfile } : {}),
      ...(a.concurrency ? { concurrency: a.concurrency } : {}),
      ...(a.shift ? { shift: a.shift } : {}),
    })),
  };
  base.id = `bench-multichannel-${advisers}`;
  return validateScenario(base, base.id, { limits: false });
}

function timeRun(s: Scenario, seed?: number): { wallMs: number; events: number; offered: number } {
  const t0 = performance.now();
  const sim = createSimulation(s, { seed });
  sim.runToEnd();
  const wallMs = performance.now() - t0;
  sampleMemory();
  return { wallMs, events: sim.events, offered: sim.result().kpis.byChannel.voice.offered };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x: number, digits = 2) => Number(x.toFixed(digits));

/** One round's figures (times in ms, rates per second). */
export interface BenchRound {
  mmcMs: number;
  mmcEventsPerSecond: number;
  bareLoopMs: number;
  bareLoopEventsPerSecond: number;
  engineVsBareLoop: number;
  day12Ms: number;
  day500Ms: number;
  dayMultichannel500Ms: number;
  vsDay500: number;
  replicationsPerSecond12: number;
}

/** The targets the figures are read against. */
export const TARGETS = {
  engineVsBareLoop: 0.5, // at least
  day12Ms: 5, // at most, warm
  day500Ms: 150, // at most
  vsDay500: 2, // at most
  replicationsPerSecond12: 200, // at least, one core
} as const;

export function runBench(quick: boolean) {
  const roundCount = quick ? 2 : 5;
  const customers = quick ? 100_000 : 1_000_000;
  const day12Batch = quick ? 5 : 11; // 12-adviser days per round (the round's figure is their median)
  const repsPerRound = quick ? 20 : 100; // replications per round's burst
  const mmcS = mmcScenario(customers);
  const day12S = dayScenario(12);
  const day500S = dayScenario(500);
  const multi500S = multichannelScenario(500);

  // Warm the JIT on every path before the first round.
  timeRun(mmcScenario(20_000));
  bareMmcLoop({ servers: 500, arrivalRate: (0.95 * 500) / 60, meanService: 60, customers: 20_000, rng: createStream(500, 'bare') });
  for (let i = 0; i < 20; i++) timeRun(day12S, i);
  timeRun(day500S, 1);
  timeRun(multi500S, 1);

  const rounds: BenchRound[] = [];
  let mmc = { events: 0, offered: 0 };
  let bare = { events: 0, customers: 0 };
  let day12Seed = 100;
  let repSeed = 1000;
  for (let r = 0; r < roundCount; r++) {
    const m = timeRun(mmcS);
    mmc = m;
    const b = bareMmcLoop({ servers: 500, arrivalRate: (0.95 * 500) / 60, meanService: 60, customers: m.offered, rng: createStream(500, 'bare') });
    bare = b;
    sampleMemory();
    const mmcEps = m.events / (m.wallMs / 1000);
    const bareEps = b.events / (b.wallMs / 1000);

    const day12Ms = median(Array.from({ length: day12Batch }, () => timeRun(day12S, day12Seed++).wallMs));
    const day500Ms = timeRun(day500S, 200 + r).wallMs;
    const multiMs = timeRun(multi500S, 200 + r).wallMs;

    const repStart = performance.now();
    for (let k = 0; k < repsPerRound; k++) timeRun(day12S, repSeed++);
    const repsPerSecond = repsPerRound / ((performance.now() - repStart) / 1000);

    rounds.push({
      mmcMs: round(m.wallMs, 1),
      mmcEventsPerSecond: Math.round(mmcEps),
      bareLoopMs: round(b.wallMs, 1),
      bareLoopEventsPerSecond: Math.round(bareEps),
      engineVsBareLoop: round(mmcEps / bareEps, 3),
      day12Ms: round(day12Ms),
      day500Ms: round(day500Ms),
      dayMultichannel500Ms: round(multiMs),
      vsDay500: round(multiMs / day500Ms, 3),
      replicationsPerSecond12: round(repsPerSecond, 1),
    });
  }

  const limits = measureLimits(round);
  sampleMemory();
  const med = (f: (r: BenchRound) => number) => median(rounds.map(f));
  return {
    node: process.version,
    roundCount,
    mmc: { customers: mmc.offered, events: mmc.events, wallMs: round(med((r) => r.mmcMs), 0), eventsPerSecond: Math.round(med((r) => r.mmcEventsPerSecond)) },
    bareLoop: { customers: bare.customers, events: bare.events, wallMs: round(med((r) => r.bareLoopMs), 0), eventsPerSecond: Math.round(med((r) => r.bareLoopEventsPerSecond)) },
    engineVsBareLoop: round(med((r) => r.engineVsBareLoop), 3),
    day12: { wallMs: round(med((r) => r.day12Ms)) },
    day500: { wallMs: round(med((r) => r.day500Ms)) },
    dayMultichannel500: { wallMs: round(med((r) => r.dayMultichannel500Ms)), vsDay500: round(med((r) => r.vsDay500), 3) },
    replicationsPerSecond12: round(med((r) => r.replicationsPerSecond12), 1),
    limits,
    peakMemoryMB: round(peakRss / 2 ** 20, 1),
    rounds,
  };
}

export type BenchResult = ReturnType<typeof runBench> & { sweep: Awaited<ReturnType<typeof measureSweep>> };

/** The readable output: one row per figure, one column per round, then the median and the target. */
export function formatBench(r: BenchResult): string {
  const rows: { label: string; values: number[]; median: number; target: string; met: boolean | null; digits: number }[] = [
    { label: 'M/M/c engine (ms)', values: r.rounds.map((x) => x.mmcMs), median: r.mmc.wallMs, target: '', met: null, digits: 0 },
    { label: 'M/M/c engine (Mev/s)', values: r.rounds.map((x) => x.mmcEventsPerSecond / 1e6), median: r.mmc.eventsPerSecond / 1e6, target: '', met: null, digits: 2 },
    { label: 'bare loop (ms)', values: r.rounds.map((x) => x.bareLoopMs), median: r.bareLoop.wallMs, target: '', met: null, digits: 0 },
    { label: 'bare loop (Mev/s)', values: r.rounds.map((x) => x.bareLoopEventsPerSecond / 1e6), median: r.bareLoop.eventsPerSecond / 1e6, target: '', met: null, digits: 2 },
    { label: 'engine ÷ bare loop', values: r.rounds.map((x) => x.engineVsBareLoop), median: r.engineVsBareLoop, target: `≥ ${TARGETS.engineVsBareLoop}`, met: r.engineVsBareLoop >= TARGETS.engineVsBareLoop, digits: 3 },
    { label: '12-adviser day (ms)', values: r.rounds.map((x) => x.day12Ms), median: r.day12.wallMs, target: `≤ ${TARGETS.day12Ms} warm`, met: r.day12.wallMs <= TARGETS.day12Ms, digits: 2 },
    { label: '500-adviser day (ms)', values: r.rounds.map((x) => x.day500Ms), median: r.day500.wallMs, target: `≤ ${TARGETS.day500Ms}`, met: r.day500.wallMs <= TARGETS.day500Ms, digits: 1 },
    { label: '500 multichannel (ms)', values: r.rounds.map((x) => x.dayMultichannel500Ms), median: r.dayMultichannel500.wallMs, target: '', met: null, digits: 1 },
    { label: '  ÷ 500 voice-only', values: r.rounds.map((x) => x.vsDay500), median: r.dayMultichannel500.vsDay500, target: `≤ ${TARGETS.vsDay500}`, met: r.dayMultichannel500.vsDay500 <= TARGETS.vsDay500, digits: 3 },
    { label: '12-adviser days/s', values: r.rounds.map((x) => x.replicationsPerSecond12), median: r.replicationsPerSecond12, target: `≥ ${TARGETS.replicationsPerSecond12}`, met: r.replicationsPerSecond12 >= TARGETS.replicationsPerSecond12, digits: 1 },
  ];
  const header = ['', ...r.rounds.map((_, i) => `round ${i + 1}`), 'median', 'target', ''];
  const body = rows.map((row) => [
    row.label,
    ...row.values.map((v) => v.toFixed(row.digits)),
    row.median.toFixed(row.digits),
    row.target,
    row.met === null ? '' : row.met ? 'ok' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 || i >= cells.length - 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [
    `${r.roundCount} interleaved rounds, median per figure (node ${r.node}); M/M/c c=500 ρ=0.95: ${r.mmc.customers} customers, ${r.mmc.events} engine events, ${r.bareLoop.events} bare-loop events`,
    fmt(header),
    widths.map((w) => '─'.repeat(w)).join('  ').trimEnd(),
    ...body.map(fmt),
    `load limits: the enormous scenario refused in ${r.limits.refuseEnormousMs} ms; a day at the limits (${r.limits.atLimits.advisers} advisers, ${r.limits.atLimits.offered} contacts) runs in ${r.limits.atLimits.wallMs} ms`,
    `sweep: ${r.sweep.variants} variants × ${r.sweep.replications} replications of the 12-adviser day in ${r.sweep.wallMs} ms on ${r.sweep.cores} cores (target ≤ ${SWEEP_TARGETS.wallMs} ms: ${r.sweep.wallMs <= SWEEP_TARGETS.wallMs ? 'ok' : 'MISSED'}), ${r.sweep.oneCoreWallMs} ms on one: speed-up ${r.sweep.speedupOnAllCores} (target ≥ ${SWEEP_TARGETS.speedupOnAllCores}: ${r.sweep.speedupOnAllCores >= SWEEP_TARGETS.speedupOnAllCores ? 'ok' : 'MISSED'})`,
    `peak memory: ${r.peakMemoryMB} MB`,
  ].join('\n') + '\n';
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { json: 'boolean', quick: 'boolean' });
  if (args.problems.length > 0) throw new UsageError([...args.problems, 'usage: npm run bench -- [--json] [--quick]']);
  const quick = Boolean(args.flags.quick);
  const bench = runBench(quick);
  const sweep = await measureSweep(dayScenario(12), quick);
  sampleMemory();
  // The worker threads' memory is the process's too, so the peak is read again after the sweep.
  const result: BenchResult = { ...bench, sweep, peakMemoryMB: round(peakRss / 2 ** 20, 1) };
  process.stdout.write(args.flags.json ? JSON.stringify(result) + '\n' : formatBench(result));
  return 0;
}

runMain(import.meta.url, () => main(process.argv.slice(2)));
