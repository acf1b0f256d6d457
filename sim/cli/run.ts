/**
 * `npm run sim -- <scenario.json> [--seed N] [--commands log.json] [--replications N] [--json]`
 *
 * Runs a scenario headless and prints its KPIs (a table, or with --json exactly
 * one JSON object: the contract of DESIGN.md §3). Exit codes: 0 success,
 * 2 bad input (the message names the file, the JSON path and the problem),
 * 1 internal error.
 */
import { createSimulation, deriveSeed, type Scenario, type SimulationResult } from '../index';
import { estimateChannel, type ChannelEstimates } from '../kpi/replications';
import { parseArgs, UsageError } from './args';
import { loadCommandLog, loadScenarioFile, runMain, writeOutputFile } from './io';
import { makeResultFile } from './resultFile';
import { formatTable } from './table';

const USAGE = 'usage: npm run sim -- <scenario.json> [--seed N] [--commands log.json] [--replications N] [--json] [--result out.json]';

export interface RunOutput extends SimulationResult {
  readonly wallMs: number;
  readonly replications?: {
    readonly count: number;
    readonly seeds: readonly number[];
    readonly byChannel: Readonly<Record<string, ChannelEstimates>>;
    readonly occupancy: ChannelEstimates['serviceLevel'];
  };
}

/** Seeds of replications: derived from the scenario seed, so adding one shifts no other. */
export function replicationSeeds(seed: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => deriveSeed(seed, 'replication', i));
}

export function runScenario(scenario: Scenario, opts: { seed?: number; commands?: readonly unknown[]; replications?: number }): RunOutput {
  const started = performance.now();
  const sim = createSimulation(scenario, { seed: opts.seed, commands: opts.commands });
  sim.runToEnd();
  const result = sim.result();
  const wallMs = performance.now() - started;
  const n = opts.replications ?? 1;
  if (n < 2) return { ...result, wallMs };

  const seeds = replicationSeeds(opts.seed ?? scenario.seed, n);
  const runs = seeds.map((seed) => {
    const r = createSimulation(scenario, { seed, commands: opts.commands });
    r.runToEnd();
    return r.result();
  });
  const byChannel = Object.fromEntries(
    scenario.channels.map((c) => [c.id, estimateChannel(runs.map((r) => r.kpis.byChannel[c.id]))]),
  );
  const occupancy = estimateChannel(runs.map((r) => ({ ...r.kpis.byChannel[scenario.channels[0].id], serviceLevel: r.kpis.occupancy }))).serviceLevel;
  return { ...result, wallMs: performance.now() - started, replications: { count: n, seeds, byChannel, occupancy } };
}

function main(argv: string[]): number {
  const args = parseArgs(argv, { seed: 'int', commands: 'string', replications: 'int', json: 'boolean', result: 'string', help: 'boolean' });
  if (args.flags.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const problems = [...args.problems];
  if (args.positional.length !== 1) problems.push(args.positional.length === 0 ? 'missing the scenario file' : `expected one scenario file, got ${args.positional.length}: ${args.positional.join(' ')}`);
  const seed = args.flags.seed as number | undefined;
  if (seed !== undefined && seed < 0) problems.push('--seed must be a non-negative whole number');
  const replications = args.flags.replications as number | undefined;
  if (replications !== undefined && (replications < 1 || replications > 10_000)) problems.push('--replications must be between 1 and 10000');
  if (problems.length > 0) throw new UsageError([...problems, USAGE]);

  const scenario = loadScenarioFile(args.positional[0]);
  const commands = args.flags.commands ? loadCommandLog(args.flags.commands as string) : undefined;
  const out = runScenario(scenario, { seed, commands, replications });
  if (args.flags.result) {
    const { wallMs: _w, replications: _r, ...result } = out;
    writeOutputFile(args.flags.result as string, JSON.stringify(makeResultFile(scenario, out.seed, commands ?? [], result), null, 1) + '\n');
  }
  if (args.flags.json) process.stdout.write(JSON.stringify(out) + '\n');
  else process.stdout.write(formatTable(scenario, out) + '\n');
  return 0;
}

runMain(import.meta.url, () => main(process.argv.slice(2)));
