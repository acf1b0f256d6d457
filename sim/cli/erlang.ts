/**
 * `npm run erlang -- --model B|C|A --per-hour X --aht S --agents N [--patience S]
 * [--threshold S] [--target-sl P] [--json]` (DESIGN.md §3).
 *
 * Exit codes: 0 success, 2 bad input (one message per problem on stderr), 1 internal error
 * (both through io.ts's runMain, as for `npm run sim`).
 */
import {
  erlangA,
  erlangB,
  erlangC,
  offeredLoadErlangs,
  requiredAgents,
  requiredAgentsForBlocking,
} from '../analytics';
import { UsageError } from './args';
import { HELP, USAGE, parseErlangArgs, type ErlangOptions } from './erlangArgs';
import { runMain } from './io';

/**
 * What `--json` prints. Probabilities are fractions, asa is in seconds (null when the
 * Erlang C queue is unstable and the wait is unbounded). Model B: nobody waits, the
 * service level is the share not blocked.
 */
export interface ErlangSummary {
  pWait: number;
  pAbandon?: number;
  asa: number | null;
  serviceLevel: number;
  blocking?: number;
  requiredAgents?: number;
}

/** Extra lines for the table that the JSON contract does not carry. */
interface Details {
  offeredLoad: number;
  occupancy: number;
  unstable: boolean;
}

/** Runs the chosen model. Throws RangeError when the analytics reject the input. */
export function computeErlang(options: ErlangOptions): { summary: ErlangSummary; details: Details } {
  const { model, arrivalsPerHour, ahtSeconds, agents, thresholdSeconds, targetServiceLevel } = options;
  const offeredLoad = offeredLoadErlangs(arrivalsPerHour, ahtSeconds);
  const queue = { arrivalsPerHour, ahtSeconds, agents, thresholdSeconds };
  const staffing =
    targetServiceLevel === undefined
      ? undefined
      : { ...queue, targetServiceLevel, patienceSeconds: options.patienceSeconds };

  if (model === 'B') {
    const r = erlangB(agents, offeredLoad);
    const summary: ErlangSummary = { pWait: 0, asa: 0, serviceLevel: 1 - r.blocking, blocking: r.blocking };
    if (targetServiceLevel !== undefined) {
      summary.requiredAgents = requiredAgentsForBlocking(offeredLoad, 1 - targetServiceLevel);
    }
    return { summary, details: { offeredLoad, occupancy: r.carriedLoad / agents, unstable: false } };
  }
  if (model === 'C') {
    const r = erlangC(queue);
    const summary: ErlangSummary = {
      pWait: r.pWait,
      asa: Number.isFinite(r.asa) ? r.asa : null,
      serviceLevel: r.serviceLevel,
    };
    if (staffing) summary.requiredAgents = requiredAgents(staffing);
    return { summary, details: { offeredLoad, occupancy: r.occupancy, unstable: !r.stable } };
  }
  const r = erlangA({ ...queue, patienceSeconds: options.patienceSeconds! });
  const summary: ErlangSummary = {
    pWait: r.pWait,
    pAbandon: r.pAbandon,
    asa: r.meanWaitServed,
    serviceLevel: r.serviceLevel,
  };
  if (staffing) summary.requiredAgents = requiredAgents(staffing);
  return { summary, details: { offeredLoad, occupancy: r.occupancy, unstable: false } };
}

const modelTitles = {
  B: 'Erlang B (M/M/c/c, blocked contacts are lost)',
  C: 'Erlang C (M/M/c, nobody abandons)',
  A: 'Erlang A (M/M/c+M, exponential patience)',
};

const percent = (p: number) => `${(100 * p).toFixed(2)} %`;
const seconds = (s: number) => `${s.toFixed(1)} s`;

/** The readable table printed without --json. */
export function formatTable(options: ErlangOptions, summary: ErlangSummary, details: Details): string {
  const { model, thresholdSeconds: t } = options;
  const rows: [string, string][] = [
    ['arrivals', `${options.arrivalsPerHour} per hour`],
    ['AHT', `${options.ahtSeconds} s`],
  ];
  if (options.patienceSeconds !== undefined) rows.push(['mean patience', `${options.patienceSeconds} s`]);
  rows.push(['agents', String(options.agents)], ['offered load', `${details.offeredLoad.toFixed(3)} erlangs`]);
  if (summary.blocking !== undefined) rows.push(['blocking', percent(summary.blocking)]);
  if (model !== 'B') rows.push(['P(wait)', percent(summary.pWait)]);
  if (summary.pAbandon !== undefined) rows.push(['P(abandon)', percent(summary.pAbandon)]);
  if (model !== 'B') {
    rows.push(['ASA', summary.asa === null ? 'unbounded' : `${seconds(summary.asa)} (answered contacts)`]);
  }
  const slMeaning = model === 'B' ? 'not blocked' : `answered within ${t} s`;
  rows.push(['service level', `${percent(summary.serviceLevel)} ${slMeaning}`]);
  rows.push(['occupancy', percent(details.occupancy)]);
  if (summary.requiredAgents !== undefined) {
    rows.push(['required agents', `${summary.requiredAgents} for ${percent(options.targetServiceLevel!)} ${slMeaning}`]);
  }
  const lines = [modelTitles[model], ...rows.map(([label, value]) => `  ${label.padEnd(16)} ${value}`)];
  if (details.unstable) lines.push(unstableWarning(details.offeredLoad, options.agents));
  return lines.join('\n') + '\n';
}

function unstableWarning(offeredLoad: number, agents: number): string {
  return (
    `warning: offered load ${offeredLoad.toFixed(3)} erlangs ≥ ${agents} agents: ` +
    'the Erlang C queue grows without bound (try --model A with --patience)'
  );
}

/** Runs the command; returns the exit code (bad input throws a UsageError: exit 2). */
export function main(argv: readonly string[]): number {
  const parsed = parseErlangArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (parsed.kind === 'invalid') throw new UsageError([...parsed.problems, USAGE]);
  const { options } = parsed;
  let result: ReturnType<typeof computeErlang>;
  try {
    result = computeErlang(options);
  } catch (error) {
    // The analytics throw RangeError only for inputs they cannot serve.
    if (error instanceof RangeError) throw new UsageError([error.message]);
    throw error;
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result.summary)}\n`);
    if (result.details.unstable) process.stderr.write(`${unstableWarning(result.details.offeredLoad, options.agents)}\n`);
  } else {
    process.stdout.write(formatTable(options, result.summary, result.details));
  }
  return 0;
}

runMain(import.meta.url, () => main(process.argv.slice(2)));
