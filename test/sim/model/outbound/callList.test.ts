import { describe, expect, it } from 'vitest';
import { createStream, type RandomStream } from '../../../../sim/engine/rng';
import { parseIsoDate } from '../../../../sim/model/outbound/frenchCalendar';
import { outboundBreaches } from '../../../../sim/model/outbound/callingRules';
import {
  CALL_OUTCOMES, DRAWS_PER_RECORD, drawOutcome, generateCallList, retryDelayMinutes,
  type CallListSpec, type CallOutcome, type OutcomeShares, type RetryRules,
} from '../../../../sim/model/outbound/callList';
import { constantStream } from '../../engine/fakeStream';

const TODAY = parseIsoDate('2026-06-02');
const spec: CallListSpec = { size: 20_000, bloctelShare: 0.2, contractShare: 0.3, recentRefusalShare: 0.1, priorAttemptsShare: 0.25 };
const stream = (seed = 42) => createStream(seed, 'outbound:callList');

/**
 * |p̂ − p| ≤ 4 standard errors of a binomial proportion. With n in the thousands the
 * normal approximation is good, and a 4-SE miss has probability ≈ 6e-5 per check; the
 * seeds are fixed, so a pass is reproducible, not a coin toss.
 */
function expectShare(hits: number, n: number, p: number): void {
  const se = Math.sqrt((p * (1 - p)) / n);
  expect(Math.abs(hits / n - p)).toBeLessThanOrEqual(4 * se);
}

function counting(rng: RandomStream): RandomStream & { draws: number } {
  const s = { draws: 0, next: () => (s.draws++, rng.next()) };
  return s;
}

describe('generateCallList', () => {
  const list = generateCallList(spec, TODAY, stream());

  it('has the requested size, with ids 0 … size − 1', () => {
    expect(list).toHaveLength(spec.size);
    expect(list.every((r, i) => r.id === i)).toBe(true);
    expect(generateCallList({ ...spec, size: 0 }, TODAY, stream())).toEqual([]);
  });

  it('matches every share within 4 standard errors', () => {
    const n = list.length;
    expectShare(list.filter((r) => r.bloctel).length, n, spec.bloctelShare);
    expectShare(list.filter((r) => r.hasContract).length, n, spec.contractShare);
    expectShare(list.filter((r) => r.refusalDay !== null).length, n, spec.recentRefusalShare);
    expectShare(list.filter((r) => r.attemptDays.length > 0).length, n, spec.priorAttemptsShare);
  });

  it('puts refusals 1 to 90 days back', () => {
    const ages = list.filter((r) => r.refusalDay !== null).map((r) => TODAY - r.refusalDay!);
    expect(Math.min(...ages)).toBe(1);
    expect(Math.max(...ages)).toBe(90);
  });

  it('gives prior attempts 1 to 4 sorted days within the last 30 days', () => {
    const withPrior = list.filter((r) => r.attemptDays.length > 0);
    for (const r of withPrior) {
      expect(r.attemptDays.length).toBeLessThanOrEqual(4);
      for (const d of r.attemptDays) {
        expect(d).toBeGreaterThan(TODAY - 30);
        expect(d).toBeLessThan(TODAY);
      }
      expect([...r.attemptDays].sort((a, b) => a - b)).toEqual(r.attemptDays);
    }
    // The count is uniform on 1..4.
    for (let k = 1; k <= 4; k++) expectShare(withPrior.filter((r) => r.attemptDays.length === k).length, withPrior.length, 0.25);
  });

  it('makes only records with 4 prior attempts hit the legal cap today', () => {
    const noon = { day: TODAY, secondOfDay: 12 * 3600 };
    for (const r of list.slice(0, 2000)) {
      expect(outboundBreaches(r, noon).includes('tooManyAttempts')).toBe(r.attemptDays.length === 4);
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateCallList(spec, TODAY, stream())).toEqual(list);
    expect(generateCallList(spec, TODAY, stream(43))).not.toEqual(list);
  });

  it('uses a fixed number of draws per record, whatever the shares', () => {
    for (const s of [spec, { ...spec, size: 7, bloctelShare: 0, priorAttemptsShare: 1 }]) {
      const rng = counting(stream());
      generateCallList(s, TODAY, rng);
      expect(rng.draws).toBe(s.size * DRAWS_PER_RECORD);
    }
  });

  it('changes only the Bloctel flags when only the Bloctel share changes (common random numbers)', () => {
    const other = generateCallList({ ...spec, bloctelShare: 0.6 }, TODAY, stream());
    expect(other.map(({ bloctel: _b, ...rest }) => rest)).toEqual(list.map(({ bloctel: _b, ...rest }) => rest));
    expect(other.filter((r, i) => list[i].bloctel && !r.bloctel)).toEqual([]); // a larger share only adds
  });

  it('honours shares of 0 and 1 exactly', () => {
    const all = generateCallList({ size: 500, bloctelShare: 1, contractShare: 0, recentRefusalShare: 1, priorAttemptsShare: 0 }, TODAY, stream());
    expect(all.every((r) => r.bloctel && !r.hasContract && r.refusalDay !== null && r.attemptDays.length === 0)).toBe(true);
  });

  it('rejects an invalid spec with a clear message', () => {
    expect(() => generateCallList({ ...spec, size: -1 }, TODAY, stream())).toThrow(/size/);
    expect(() => generateCallList({ ...spec, size: 2.5 }, TODAY, stream())).toThrow(RangeError);
    expect(() => generateCallList({ ...spec, bloctelShare: 1.2 }, TODAY, stream())).toThrow(/bloctelShare/);
    expect(() => generateCallList({ ...spec, contractShare: Number.NaN }, TODAY, stream())).toThrow(/contractShare/);
    expect(() => generateCallList(spec, 0.5, stream())).toThrow(/today/);
  });
});

describe('drawOutcome', () => {
  const shares: OutcomeShares = { answered: 0.5, noAnswer: 0.25, busy: 0.125, voicemail: 0.125 };

  it('lays the outcomes out on [0, 1) in a fixed order', () => {
    const cases: [number, CallOutcome][] = [
      [0, 'answered'], [0.4999, 'answered'], [0.5, 'noAnswer'], [0.7499, 'noAnswer'],
      [0.75, 'busy'], [0.875, 'voicemail'], [0.999999, 'voicemail'],
    ];
    for (const [u, outcome] of cases) expect(drawOutcome(shares, u)).toBe(outcome);
  });

  it('never returns an outcome whose share is 0, even when the shares fall a hair short of 1', () => {
    const two = { answered: 0.5, noAnswer: 0, busy: 0.5 - 5e-10, voicemail: 0 };
    expect(drawOutcome(two, 0.5)).toBe('busy');
    expect(drawOutcome(two, 0.9999999999)).toBe('busy');
  });

  it('matches the shares within 4 standard errors over 100 000 draws', () => {
    const rng = createStream(7, 'outbound:outcome');
    const n = 100_000;
    const counts: Record<CallOutcome, number> = { answered: 0, noAnswer: 0, busy: 0, voicemail: 0 };
    const skewed = { answered: 0.35, noAnswer: 0.4, busy: 0.05, voicemail: 0.2 };
    for (let i = 0; i < n; i++) counts[drawOutcome(skewed, rng.next())]++;
    for (const o of CALL_OUTCOMES) expectShare(counts[o], n, skewed[o]);
  });

  it('accepts shares that sum to 1 within 1e-9 and rejects the rest with a clear message', () => {
    expect(drawOutcome({ answered: 0.1, noAnswer: 0.2, busy: 0.3, voicemail: 0.4 }, 0.65)).toBe('voicemail');
    expect(() => drawOutcome({ ...shares, voicemail: 0.1 }, 0.5)).toThrow(/sum to 1/);
    expect(() => drawOutcome({ ...shares, busy: -0.125, voicemail: 0.375 }, 0.5)).toThrow(/busy must be/);
    expect(() => drawOutcome({ ...shares, answered: Number.NaN }, 0.5)).toThrow(/answered must be/);
  });

  it('rejects a uniform outside [0, 1)', () => {
    expect(() => drawOutcome(shares, 1)).toThrow(RangeError);
    expect(() => drawOutcome(shares, -0.1)).toThrow(RangeError);
  });

  it('draws nothing itself, so the caller keeps the stream (fake stream check)', () => {
    const rng = constantStream(0.8);
    expect(drawOutcome(shares, rng.next())).toBe('busy');
    expect(rng.draws).toBe(1);
  });
});

describe('retryDelayMinutes', () => {
  const rules: RetryRules = { noAnswerMinutes: 120, busyMinutes: 15, voicemailMinutes: 240, maxAttempts: 3 };

  it('never retries a consumer who answered', () => {
    expect(retryDelayMinutes('answered', 1, rules)).toBeNull();
  });

  it('retries each unanswered outcome after its own delay', () => {
    expect(retryDelayMinutes('noAnswer', 1, rules)).toBe(120);
    expect(retryDelayMinutes('busy', 1, rules)).toBe(15);
    expect(retryDelayMinutes('voicemail', 2, rules)).toBe(240);
  });

  it('stops once maxAttempts attempts have been made', () => {
    expect(retryDelayMinutes('busy', 2, rules)).toBe(15);
    expect(retryDelayMinutes('busy', 3, rules)).toBeNull();
    expect(retryDelayMinutes('noAnswer', 4, rules)).toBeNull();
    expect(retryDelayMinutes('noAnswer', 1, { ...rules, maxAttempts: 1 })).toBeNull();
  });

  it('rejects invalid rules and attempt counts', () => {
    expect(() => retryDelayMinutes('busy', 1, { ...rules, busyMinutes: -5 })).toThrow(/busyMinutes/);
    expect(() => retryDelayMinutes('busy', 1, { ...rules, maxAttempts: 0 })).toThrow(/maxAttempts/);
    expect(() => retryDelayMinutes('busy', 0, rules)).toThrow(/attemptsSoFar/);
    expect(() => retryDelayMinutes('busy', 1.5, rules)).toThrow(/attemptsSoFar/);
  });
});
