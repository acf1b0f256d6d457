/**
 * Every case of the shared reference file (../shared/reference/erlang-cases.json,
 * computed at 60 digits; the repo keeps an identical copy in test/fixtures so a
 * clone tests on its own) must match to 1e-9 relative, or 1e-12 absolute where the
 * reference value is below 1e-12. The reference is rounded to 12 significant digits,
 * so 1e-9 leaves room only for float64 rounding, not for a wrong formula.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { erlangA, erlangB, erlangC } from '../../../sim/analytics';

const referencePath = resolve(process.cwd(), 'test/fixtures/erlang-cases.json');
const sharedPath = resolve(process.cwd(), '../shared/reference/erlang-cases.json');

type ReferenceCase = { id: string; model: 'ErlangA' | 'ErlangB' | 'ErlangC' } & Record<string, number | string>;

function loadCases(): ReferenceCase[] {
  if (!existsSync(referencePath)) return [];
  return (JSON.parse(readFileSync(referencePath, 'utf8')) as { cases: ReferenceCase[] }).cases;
}

const cases = loadCases();
const byModel = (model: ReferenceCase['model']) => cases.filter((c) => c.model === model).map((c) => [c.id, c] as const);

/** Inputs of each model: not compared. */
const inputs = new Set(['agents', 'aht', 'arrivalsPerHour', 'targetTime', 'patienceMean', 'offeredLoad']);

/** Reference field name → result field name, per model. Unknown fields fail the test. */
const fieldsC: Record<string, string> = { A: 'offeredLoad', pWait: 'pWait', asa: 'asa', sl: 'serviceLevel', occupancy: 'occupancy' };
const fieldsB: Record<string, string> = { blocking: 'blocking', carriedLoad: 'carriedLoad' };
const fieldsA: Record<string, string> = {
  A: 'offeredLoad',
  rho: 'rho',
  pWait: 'pWait',
  pAbandon: 'pAbandon',
  meanWaitAll: 'meanWaitAll',
  meanWaitServed_ASA: 'meanWaitServed',
  occupancy: 'occupancy',
  sl_answeredWithinT_overAllArrivals: 'sl_answeredWithinT_overAllArrivals',
  sl_PW_le_t_inclAbandons: 'sl_PW_le_t_inclAbandons',
  sl_answeredWithinT_excludingAbandonsBeforeT: 'sl_answeredWithinT_excludingAbandonsBeforeT',
  p_offeredWait_le_t: 'p_offeredWait_le_t',
  p_abandonWithinT: 'p_abandonWithinT',
};

function expectAllFields(c: ReferenceCase, result: object, fields: Record<string, string>): void {
  const got = result as Record<string, unknown>;
  let compared = 0;
  for (const [name, want] of Object.entries(c)) {
    if (typeof want !== 'number' || inputs.has(name)) continue;
    const field = fields[name];
    expect(field, `${c.id}: reference field "${name}" has no counterpart in the result`).toBeDefined();
    const value = got[field];
    expect(typeof value, `${c.id}.${name}`).toBe('number');
    const error = Math.abs((value as number) - want);
    const tolerance = Math.abs(want) < 1e-12 ? 1e-12 : 1e-9 * Math.abs(want);
    expect(error, `${c.id}.${name}: got ${String(value)}, reference ${want}`).toBeLessThanOrEqual(tolerance);
    compared++;
  }
  expect(compared, `${c.id}: fields compared`).toBeGreaterThan(0);
}

const num = (c: ReferenceCase, key: string) => c[key] as number;

describe('the shared Erlang reference cases', () => {
  it('the repo copy is identical to shared/reference when that is present', () => {
    if (!existsSync(sharedPath)) return; // a bare clone: the copy is all there is
    expect(readFileSync(referencePath, 'utf8')).toBe(readFileSync(sharedPath, 'utf8'));
  });

  it('are readable from test/fixtures/erlang-cases.json', () => {
    expect(existsSync(referencePath), `missing reference file ${referencePath} (run the tests from the repo root)`).toBe(true);
    expect(byModel('ErlangB').length).toBeGreaterThan(0);
    expect(byModel('ErlangC').length).toBeGreaterThan(0);
    expect(byModel('ErlangA').length).toBeGreaterThan(0);
    expect(cases.every((c) => ['ErlangA', 'ErlangB', 'ErlangC'].includes(c.model))).toBe(true);
  });

  it.each(byModel('ErlangB'))('Erlang B matches case %s', (_id, c) => {
    expectAllFields(c, erlangB(num(c, 'agents'), num(c, 'offeredLoad')), fieldsB);
  });

  it.each(byModel('ErlangC'))('Erlang C matches case %s', (_id, c) => {
    const result = erlangC({
      arrivalsPerHour: num(c, 'arrivalsPerHour'),
      ahtSeconds: num(c, 'aht'),
      agents: num(c, 'agents'),
      thresholdSeconds: num(c, 'targetTime'),
    });
    expect(result.stable).toBe(true);
    expectAllFields(c, result, fieldsC);
  });

  it.each(byModel('ErlangA'))('Erlang A matches case %s', (_id, c) => {
    const result = erlangA({
      arrivalsPerHour: num(c, 'arrivalsPerHour'),
      ahtSeconds: num(c, 'aht'),
      agents: num(c, 'agents'),
      patienceSeconds: num(c, 'patienceMean'),
      thresholdSeconds: num(c, 'targetTime'),
    });
    expect(result.serviceLevel).toBe(result.sl_answeredWithinT_overAllArrivals);
    expectAllFields(c, result, fieldsA);
  });
});
