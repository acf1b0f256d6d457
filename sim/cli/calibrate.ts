/**
 * `npm run calibrate -- <scenario.json> [--seeds N] [--json]`: the bundled
 * scripted supervisors (none, novice, expert, harmful) each play the scenario
 * over N seeds (default 10); prints the table an exam designer needs. Exit 0
 * when the validity contract holds, 1 when it does not (the problems are listed),
 * 2 for bad input.
 */
import { calibrate, calibrationSeeds, CONTRACT, type Calibration } from '../policies/calibrate';
import { POLICY_NAMES } from '../policies/index';
import { UsageError } from './args';
import { loadScenarioFile, runMain } from './io';

const USAGE = 'usage: npm run calibrate -- <scenario.json> [--seeds N] [--json]';

export function parseCalibrateArgs(argv: readonly string[]): { file: string; seeds: number; json: boolean } {
  let file: string | null = null;
  let seeds = 10;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--seeds') {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 2 || v > 1000) throw new UsageError([`--seeds: expected a whole number from 2 to 1000, got "${argv[i] ?? ''}"\n${USAGE}`]);
      seeds = v;
    } else if (a.startsWith('-')) throw new UsageError([`unknown option ${a}\n${USAGE}`]);
    else if (file === null) file = a;
    else throw new UsageError([`one scenario at a time (got "${file}" and "${a}")\n${USAGE}`]);
  }
  if (file === null) throw new UsageError([`no scenario given\n${USAGE}`]);
  return { file, seeds, json };
}

export function calibrationTable(c: Calibration): string {
  const f = (x: number) => x.toFixed(1);
  const lines = [`${c.scenario}: ${c.seeds.length} seeds`, '', 'policy    mean    SD   min   max   resources  people  improvement'];
  for (const name of POLICY_NAMES) {
    const p = c.policies[name];
    lines.push(`${name.padEnd(8)} ${f(p.mean).padStart(5)} ${p.sd.toFixed(2).padStart(5)} ${f(p.min).padStart(5)} ${f(p.max).padStart(5)}   ${f(p.byBlock.resources).padStart(9)} ${f(p.byBlock.people).padStart(7)} ${f(p.byBlock.improvement).padStart(12)}`);
  }
  lines.push('', `expert − none ${f(c.gaps.expertMinusNone)} (≥ ${CONTRACT.minGap})   none − harmful ${f(c.gaps.noneMinusHarmful)} (≥ ${CONTRACT.minGap})   expert − novice ${f(c.gaps.expertMinusNovice)}   novice − none ${f(c.gaps.noviceMinusNone)}`);
  lines.push(c.contract.pass ? 'validity contract: holds' : `validity contract: FAILS — ${c.contract.problems.join('; ')}`);
  return lines.join('\n');
}

function main(): number {
  const opts = parseCalibrateArgs(process.argv.slice(2));
  const scenario = loadScenarioFile(opts.file);
  const c = calibrate(scenario, calibrationSeeds(scenario, opts.seeds));
  process.stdout.write((opts.json ? JSON.stringify(c) : calibrationTable(c)) + '\n');
  return c.contract.pass ? 0 : 1;
}

runMain(import.meta.url, main);
