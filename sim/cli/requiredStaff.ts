/**
 * `npm run sim -- <scenario> --required-staff --target-sl P [--confidence C]`
 * `[--shrinkage S] [--replications R] [--seed N] [--json]`: the flags and the
 * terminal table of the required-staff table (DESIGN.md §3), computed by
 * sim/kpi/requiredStaffTable.ts (shared with the browser lab's worker).
 */
import { DEFAULT_SHRINKAGE } from '../analytics/requiredStaff';
import { DEFAULT_CONFIDENCE, DEFAULT_STAFF_REPLICATIONS, type RequiredStaffOutput, type RequiredStaffRequest } from '../kpi/requiredStaffTable';

export { requiredStaff, type RequiredStaffOutput, type RequiredStaffRequest } from '../kpi/requiredStaffTable';

export const REQUIRED_STAFF_FLAGS = { 'required-staff': 'boolean', 'target-sl': 'number', confidence: 'number', shrinkage: 'number' } as const;

/** Reads and checks the table's flags, pushing one line per problem; undefined without --required-staff. */
export function requiredStaffRequest(flags: Record<string, string | number | boolean>, problems: string[]): RequiredStaffRequest | undefined {
  const on = flags['required-staff'] === true;
  if (!on) {
    for (const f of ['target-sl', 'confidence', 'shrinkage']) if (flags[f] !== undefined) problems.push(`--${f} only applies with --required-staff`);
    return undefined;
  }
  const target = flags['target-sl'] as number | undefined;
  if (target === undefined) problems.push('--required-staff needs --target-sl P (a fraction, e.g. 0.8)');
  else if (!(target > 0 && target < 1)) problems.push(`--target-sl must be strictly between 0 and 1 (e.g. 0.8 for 80 %), got ${target}`);
  const confidence = (flags.confidence as number | undefined) ?? DEFAULT_CONFIDENCE;
  if (!(confidence > 0 && confidence < 1)) problems.push(`--confidence must be strictly between 0 and 1 (e.g. 0.95), got ${confidence}`);
  const shrinkage = (flags.shrinkage as number | undefined) ?? DEFAULT_SHRINKAGE;
  if (!(shrinkage >= 0 && shrinkage < 1)) problems.push(`--shrinkage must be at least 0 and below 1 (e.g. 0.3), got ${shrinkage}`);
  const replications = (flags.replications as number | undefined) ?? DEFAULT_STAFF_REPLICATIONS;
  if (flags.replications !== undefined && replications < 2) problems.push('--required-staff needs --replications of at least 2 (a confidence bound needs two days)');
  for (const f of ['commands', 'result', 'report', 'lang', 'analysis', 'proposals']) if (flags[f] !== undefined) problems.push(`--${f} does not apply with --required-staff`);
  return { targetServiceLevel: target ?? NaN, confidence, shrinkage, replications, seed: flags.seed as number | undefined };
}

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(100 * x).toFixed(1)} %`);
const num = (x: number | null) => (x === null ? '—' : String(x));

/** The table for a terminal. */
export function formatRequiredStaff(out: RequiredStaffOutput): string {
  const head = `Required staff for ${pct(out.targetServiceLevel)} (lower bound at ${pct(out.confidence)} confidence, ${out.replications} replications, shrinkage ${pct(out.shrinkage)})`;
  const cols = ['interval', 'channel', 'forecast', 'Erlang C', 'Erlang A', 'shrunk', 'simulated', 'SL mean', 'SL lower'];
  const lines = out.required.map((r) => [
    r.interval + (r.steadyState ? '' : '*'), r.channel, r.forecast.toFixed(1), num(r.analytic.erlangC), num(r.analytic.erlangA),
    num(r.analytic.withShrinkage), num(r.simulated), pct(r.achievedServiceLevel?.mean), pct(r.achievedServiceLevel?.lowerBound),
  ]);
  const widths = cols.map((c, i) => Math.max(c.length, ...lines.map((l) => l[i].length)));
  const fmt = (l: string[]) => l.map((x, i) => x.padStart(widths[i])).join('  ');
  const foot = [...(out.required.some((r) => !r.steadyState) ? ['* warm-up interval'] : []), ...out.notes];
  return [head, fmt(cols), ...lines.map(fmt), ...foot].join('\n');
}
