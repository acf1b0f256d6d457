/**
 * Staffing sweeps: `--vary 'advisers=8..14'` names one dimension of the scenario
 * and the values it takes; each value is a variant, the scenario rewritten and
 * validated again. A dimension is a parser of values and a rewrite of the
 * scenario, so another one (volume, a skill mix) is one more entry in DIMENSIONS.
 *
 * Values: `A..B` (step 1), `A..B:S` (step S) or `A,B,C` (a list); a value may be
 * written `+10%` (a sign and a percent sign are read as the number 10).
 */
import { validateScenario, type Scenario } from '../index';
import { withoutMissingAdvisersEvents } from '../scenario/team';
import { UsageError } from './args';

/** One point of a sweep: dimension name → value, as printed in each JSON line. */
export type Variant = Readonly<Record<string, number>>;

interface Dimension {
  readonly what: string;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  apply(scenario: Scenario, value: number): Scenario;
}

/** The most variants one sweep may have: past it, the spec is more likely a typo than a plan. */
export const MAX_VARIANTS = 1000;

const DIMENSIONS: Readonly<Record<string, Dimension>> = {
  advisers: { what: 'a team size', min: 1, max: 5000, integer: true, apply: resizeTeam },
  volume: { what: 'a change of the arrival rates in percent', min: -99, max: 1000, integer: false, apply: scaleVolume },
};

/**
 * Every channel's arrival rates (flat or profile) changed by `percent` %. The forecast
 * (what the supervisor was told to expect), backlogs and call lists are left as they are.
 */
export function scaleVolume(scenario: Scenario, percent: number): Scenario {
  const f = 1 + percent / 100;
  const channels = scenario.channels.map((c) => {
    const a = c.arrivals;
    if (!a) return c;
    const arrivals = 'perHour' in a ? { ...a, perHour: a.perHour * f } : { ...a, profile: a.profile.map((p) => ({ ...p, perHour: p.perHour * f })) };
    return { ...c, arrivals };
  });
  return { ...scenario, channels };
}

type Team = Scenario['team'];
type GeneratedTeam = Extract<Team, { generate: unknown }>;
type ListedTeam = Extract<Team, { advisers: unknown }>;

/**
 * The team resized to `count` advisers. A generated team: the last group grows or
 * shrinks (emptied groups are dropped, from the last). A listed team: the last
 * advisers are dropped, or copies of the last listed adviser are added (same
 * skills, shift, breaks, routing profile and concurrency; ids `extra01`, `extra02`, …).
 */
export function resizeTeam(scenario: Scenario, count: number): Scenario {
  const team: Team = 'generate' in scenario.team ? resizeGenerated(scenario.team, count) : resizeListed(scenario.team, count);
  return withoutMissingAdvisersEvents({ ...scenario, team });
}

function resizeGenerated(team: GeneratedTeam, count: number): GeneratedTeam {
  const groups = (Array.isArray(team.generate) ? team.generate : [team.generate]).map((g) => ({ ...g }));
  let total = groups.reduce((s, g) => s + g.count, 0);
  while (total > count) {
    const last = groups[groups.length - 1];
    const cut = Math.min(last.count - (groups.length === 1 ? 1 : 0), total - count);
    last.count -= cut;
    total -= cut;
    if (last.count === 0) groups.pop();
  }
  if (total < count) groups[groups.length - 1].count += count - total;
  return { generate: Array.isArray(team.generate) ? groups : groups[0] };
}

function resizeListed(team: ListedTeam, count: number): ListedTeam {
  if (count <= team.advisers.length) return { advisers: team.advisers.slice(0, count) };
  const template = team.advisers[team.advisers.length - 1];
  const taken = new Set(team.advisers.map((a) => a.id));
  const extra: ListedTeam['advisers'] = [];
  for (let k = 1; extra.length < count - team.advisers.length; k++) {
    const id = `extra${String(k).padStart(2, '0')}`;
    if (taken.has(id)) continue;
    const { newHire: _n, ...copy } = template;
    extra.push({ ...copy, id, name: `Extra ${k}` });
  }
  return { advisers: [...team.advisers, ...extra] };
}

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
    if (dim.integer && !Number.isInteger(v)) fail(`${name} must be whole numbers, got ${v}`);
    if (v < dim.min || v > dim.max) fail(`${name} must be ${dim.what} between ${dim.min} and ${dim.max}, got ${v}`);
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
  if (!(step > 0)) fail(`the step must be positive, got ${step}`);
  if (from > to) fail(`the range runs backwards (${from} > ${to})`);
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_VARIANTS) fail(`${count} variants; a sweep may have at most ${MAX_VARIANTS}`);
  return Array.from({ length: count }, (_, i) => Number((from + i * step).toFixed(10)));
}

/** The scenario of one variant, validated again (a resized team may break a cross-check). */
export function applyVariant(scenario: Scenario, variant: Variant, file: string): Scenario {
  let out = scenario;
  for (const [name, value] of Object.entries(variant)) out = DIMENSIONS[name].apply(out, value);
  return validateScenario(out, `${file} (${Object.entries(variant).map(([k, v]) => `${k}=${v}`).join(', ')})`);
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
