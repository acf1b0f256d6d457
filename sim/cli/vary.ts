/**
 * Staffing sweeps: `--vary 'advisers=8..14'` names one dimension (sim/scenario/variants.ts,
 * shared with the browser's lab) and the values it takes; each value is a variant, the
 * scenario rewritten and validated again.
 *
 * Values: `A..B` (step 1), `A..B:S` (step S) or `A,B,C` (a list); a value may be
 * written `+10%` (a sign and a percent sign are read as the number 10).
 */
import { validateScenario, type Scenario } from '../index';
import { DIMENSIONS, dimensionValueProblem, rangeValues, variantRun, type Variant, type VariantRun } from '../scenario/variants';
import { UsageError } from './args';

export type { Variant } from '../scenario/variants';
export { resizeTeam, scaleVolume } from '../scenario/variants';

/** Parses `name=values` into the variants of the sweep, in order; throws UsageError naming the problem. */
export function parseVary(spec: string): { readonly dimension: string; readonly variants: readonly Variant[] } {
  const fail = (why: string): never => {
    throw new UsageError([`--vary '${spec}': ${why}`]);
  };
  const m = /^\s*([a-z]+)\s*=\s*(.+?)\s*$/i.exec(spec);
  if (!m) return fail("expected name=values, e.g. 'advisers=8..14'");
  const [, name, valuesText] = m;
  const dim = DIMENSIONS[name];
  if (!dim) return fail(`unknown dimension "${name}" (known: ${Object.keys(DIMENSIONS).join(', ')})`);
  const values = parseValues(valuesText, fail);
  for (const v of values) {
    const problem = dimensionValueProblem(name, v);
    if (problem) fail(problem);
  }
  if (new Set(values).size !== values.length) fail(`${name} lists a value twice`);
  return { dimension: name, variants: values.map((v) => ({ [name]: v })) };
}

function parseValues(text: string, fail: (why: string) => never): number[] {
  const num = (s: string, what: string) => {
    const t = s.trim().replace(/^\+/, '').replace(/%$/, '');
    const n = Number(t);
    if (t === '' || !Number.isFinite(n)) fail(`${what} "${s}" is not a number`);
    return n;
  };
  const range = /^(.*?)\.\.([^:]*)(?::(.*))?$/.exec(text);
  if (!range) return text.split(',').map((s) => num(s, 'value'));
  const [, a, b, stepText] = range;
  const from = num(a, 'start');
  const to = num(b, 'end');
  const step = stepText === undefined ? 1 : num(stepText, 'step');
  const values = rangeValues(from, to, step);
  return typeof values === 'string' ? fail(values) : values;
}

/** The scenario and opening commands of one variant, validated again (a resized team may break a cross-check). */
export function applyVariant(scenario: Scenario, variant: Variant, file: string, commands: readonly unknown[] = []): VariantRun {
  const run = variantRun(scenario, variant, commands);
  const label = `${file} (${Object.entries(variant).map(([k, v]) => `${k}=${v}`).join(', ')})`;
  return { ...run, scenario: validateScenario(run.scenario, label) };
}

/**
 * `--shard K/N`: variant i (0-based, in sweep order) belongs to shard (i mod N) + 1.
 * Round-robin rather than blocks, so each shard gets small and large teams alike.
 */
export function parseShard(text: string): { readonly k: number; readonly n: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) throw new UsageError([`--shard '${text}': expected K/N, e.g. 1/4`]);
  const k = Number(m[1]);
  const n = Number(m[2]);
  if (n < 1 || k < 1 || k > n) throw new UsageError([`--shard '${text}': K must be between 1 and N (N ≥ 1)`]);
  return { k, n };
}

export function inShard(index: number, shard: { k: number; n: number }): boolean {
  return index % shard.n === shard.k - 1;
}
