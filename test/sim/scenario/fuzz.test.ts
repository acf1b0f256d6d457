/**
 * Fuzzing the loader (fast-check): random JSON, random text and mutated
 * shipped scenarios must each give a ScenarioError (a clear, located problem)
 * or a valid scenario whose run ends with finite figures. Never another
 * exception, never a hang (the test's timeout would say so).
 *
 * The seed is fixed so CI is reproducible; `FUZZ_RUNS=5000 FUZZ_SEED=… npx
 * vitest run test/sim/scenario/fuzz.test.ts` searches further.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, parseScenario, ScenarioError, validateScenario, type Scenario } from '../../../sim/index';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const params = (numRuns = RUNS) => ({ numRuns, seed: SEED });

/** What loading may do: refuse with located problems, or accept. */
function load(attempt: () => Scenario): Scenario | null {
  try {
    return attempt();
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    expect(e.problems.length).toBeGreaterThan(0);
    for (const p of e.problems) {
      expect(p.path).toMatch(/^\$/);
      expect(p.message.length).toBeGreaterThan(0);
    }
    return null;
  }
}

function runsToTheEnd(s: Scenario): void {
  const sim = createSimulation(s);
  sim.runToEnd();
  const r = sim.result();
  expect(Number.isFinite(r.score.total)).toBe(true);
  for (const k of Object.values(r.kpis.byChannel)) expect(k.offered).toBeGreaterThanOrEqual(k.answered);
}

const bases = ['training/default-weekday-morning', 'exam/exam-standard-morning', 'training/multichannel-tuesday']
  .map((f) => JSON.parse(readFileSync(`scenarios/${f}.json`, 'utf8')) as unknown);

type Path = (string | number)[];
/** Every path to a value inside a document. */
function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

type Mutation = { kind: 'delete' } | { kind: 'replace'; value: unknown } | { kind: 'scale'; factor: number } | { kind: 'duplicate' };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('replace' as const), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(0, -1, 1, 0.5, 1e9, '', '25:99', '08:00', 'voice', null, [], {})) }),
  fc.record({ kind: fc.constant('scale' as const), factor: fc.constantFrom(0, 0.1, 0.5, 2, 5, 20, -1) }),
  fc.constant({ kind: 'duplicate' as const }),
);

function mutate(doc: unknown, path: Path, m: Mutation): unknown {
  const copy = structuredClone(doc);
  if (path.length === 0) return m.kind === 'replace' ? m.value : copy;
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], copy) as Record<string, unknown> | unknown[];
  const key = path[path.length - 1];
  if (Array.isArray(parent)) {
    const i = Number(key);
    if (m.kind === 'delete') parent.splice(i, 1);
    else if (m.kind === 'duplicate') parent.splice(i, 0, structuredClone(parent[i]));
    else if (m.kind === 'replace') parent[i] = m.value;
    else if (typeof parent[i] === 'number') parent[i] = (parent[i] as number) * m.factor;
    return copy;
  }
  const k = String(key);
  if (m.kind === 'delete') delete parent[k];
  else if (m.kind === 'replace') parent[k] = m.value;
  else if (m.kind === 'scale' && typeof parent[k] === 'number') parent[k] = (parent[k] as number) * m.factor;
  return copy;
}

describe('fuzzing the scenario loader', () => {
  it('random JSON is refused with located problems, never a crash', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
      load(() => parseScenario(JSON.stringify(v), 'fuzz.json'));
    }), params(RUNS * 4));
  });

  it('random text is refused in one line', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
      const s = load(() => parseScenario(text, 'fuzz.json'));
      expect(s).toBeNull();
    }), params(RUNS * 4));
  });

  it('mutated shipped scenarios are refused clearly or run to the end', () => {
    const cases = fc.integer({ min: 0, max: bases.length - 1 }).chain((b) => {
      const all = paths(bases[b]);
      return fc.tuple(
        fc.constant(b),
        fc.array(fc.tuple(fc.integer({ min: 0, max: all.length - 1 }), mutation), { minLength: 1, maxLength: 3 }),
      );
    });
    let valid = 0;
    fc.assert(fc.property(cases, ([b, steps]) => {
      let doc = bases[b];
      for (const [p, m] of steps) {
        const all = paths(doc);
        doc = mutate(doc, all[p % all.length], m);
      }
      const s = load(() => validateScenario(doc, 'fuzz.json'));
      if (s) {
        valid++;
        runsToTheEnd(s);
      }
    }), params());
    // The mutations must reach the engine, not only the loader's refusals.
    expect(valid).toBeGreaterThan(RUNS / 10);
  }, 240_000);
});
