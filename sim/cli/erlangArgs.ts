/**
 * Options of `npm run erlang` (DESIGN.md §3, "Command line"). Pure: argv in, options
 * or one message per problem out. Tokenising is the shared parser's (args.ts); this
 * file adds what the Erlang models need (ranges, required flags, patience for A).
 */
import { DEFAULT_THRESHOLD_SECONDS } from '../analytics';
import { parseArgs } from './args';

export type ErlangModel = 'B' | 'C' | 'A';

/** Parsed command line. Times in seconds, arrival rate per hour. */
export interface ErlangOptions {
  model: ErlangModel;
  arrivalsPerHour: number;
  ahtSeconds: number;
  agents: number;
  /** Mean patience in seconds; given exactly when model is 'A'. */
  patienceSeconds?: number;
  /** Service-level threshold T in seconds (default 20). */
  thresholdSeconds: number;
  /** Target service level as a fraction in (0, 1); asks for requiredAgents. */
  targetServiceLevel?: number;
  json: boolean;
}

export type ParsedErlangArgs =
  | { kind: 'run'; options: ErlangOptions }
  | { kind: 'help' }
  | { kind: 'invalid'; problems: string[] };

export const USAGE =
  'usage: npm run erlang -- --model B|C|A --per-hour X --aht S --agents N ' +
  '[--patience S] [--threshold S] [--target-sl P] [--json]';

export const HELP = `${USAGE}

  --model B|C|A     Erlang B (loss, no queue), C (queue, nobody abandons) or A (queue with abandonment)
  --per-hour X      arrivals per hour (≥ 0)
  --aht S           mean handle time in seconds (> 0)
  --agents N        number of agents (whole number ≥ 1)
  --patience S      mean patience in seconds (> 0); required with --model A, only there
  --threshold S     service-level threshold T in seconds (≥ 0, default 20)
  --target-sl P     target service level as a fraction, e.g. 0.8; adds requiredAgents
  --json            print one JSON object { pWait, pAbandon?, asa, serviceLevel, blocking?, requiredAgents? }
`;

const spec = {
  model: 'string',
  'per-hour': 'number',
  aht: 'number',
  agents: 'int',
  patience: 'number',
  threshold: 'number',
  'target-sl': 'number',
  json: 'boolean',
  help: 'boolean',
} as const;

type NumberFlag = 'per-hour' | 'aht' | 'agents' | 'patience' | 'threshold' | 'target-sl';

/** Why a parsed value is out of range, or undefined when it is fine. */
const ranges: Record<NumberFlag, (v: number) => string | undefined> = {
  'per-hour': (v) => (v >= 0 ? undefined : 'must not be negative'),
  aht: (v) => (v > 0 ? undefined : 'must be greater than 0 seconds'),
  agents: (v) => (v >= 1 ? undefined : 'must be at least 1'),
  patience: (v) => (v > 0 ? undefined : 'must be greater than 0 seconds'),
  threshold: (v) => (v >= 0 ? undefined : 'must not be negative'),
  'target-sl': (v) => (v > 0 && v < 1 ? undefined : 'must be a fraction strictly between 0 and 1 (0.8 for 80 %)'),
};

const required = ['model', 'per-hour', 'aht', 'agents'] as const;

/** Parses `--flag value` / `--flag=value` arguments and reports every problem found. */
export function parseErlangArgs(argv: readonly string[]): ParsedErlangArgs {
  const { positional, flags, problems } = parseArgs(argv, spec);
  if (flags.help) return { kind: 'help' };
  for (const word of positional) problems.push(`unexpected argument "${word}" (options start with --)`);
  const numbers: Partial<Record<NumberFlag, number>> = {};
  for (const flag of Object.keys(ranges) as NumberFlag[]) {
    const value = flags[flag];
    if (typeof value !== 'number') continue;
    const problem = ranges[flag](value);
    if (problem) problems.push(`--${flag} ${problem}, got ${value}`);
    else numbers[flag] = value;
  }
  const rawModel = flags.model;
  const model = typeof rawModel === 'string' ? rawModel.toUpperCase() : undefined;
  if (model !== undefined && model !== 'A' && model !== 'B' && model !== 'C') {
    problems.push(`--model must be B, C or A, got "${String(rawModel)}"`);
  }
  for (const flag of required) {
    if (!(flag in flags) && !problems.some((p) => p.startsWith(`--${flag} `))) {
      problems.push(`missing required option --${flag}`);
    }
  }
  const hasPatience = 'patience' in flags;
  if (model === 'A' && !hasPatience) problems.push('--model A needs --patience (mean patience in seconds)');
  if ((model === 'B' || model === 'C') && hasPatience) {
    problems.push(`--patience applies to --model A only (model ${model} has no abandonment)`);
  }
  if (problems.length > 0) return { kind: 'invalid', problems };
  return {
    kind: 'run',
    options: {
      model: model as ErlangModel,
      arrivalsPerHour: numbers['per-hour']!,
      ahtSeconds: numbers.aht!,
      agents: numbers.agents!,
      patienceSeconds: numbers.patience,
      thresholdSeconds: numbers.threshold ?? DEFAULT_THRESHOLD_SECONDS,
      targetServiceLevel: numbers['target-sl'],
      json: flags.json === true,
    },
  };
}
