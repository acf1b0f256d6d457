/**
 * The satisfaction survey's score (sim/kpi/csat.ts): each factor moves it the
 * right way, on every customer (each noise uniform), and it stays a whole number 1..5.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSAT, DEFAULT_RESPONSE_RATE, latentScore, responds, surveyScore, waitPenalty, type SurveyInputs } from '../../../sim/kpi/csat';

const good: SurveyInputs = { wait: 0, thresholdSeconds: 20, resolved: true, repeat: false, quality: 85, complaint: false, noise: 0.5 };
/** Customers from the lowest to the highest noise uniform. */
const noises = Array.from({ length: 199 }, (_, i) => (i + 1) / 200);
const mean = (change: Partial<SurveyInputs>) => noises.reduce((s, noise) => s + surveyScore({ ...good, ...change, noise }), 0) / noises.length;

describe('surveyScore', () => {
  it('a contact answered at once, resolved and well handled scores 4–5 for the median customer, 4.5 on average', () => {
    expect(surveyScore(good)).toBe(5);
    expect(mean({})).toBeCloseTo(4.47, 1);
  });

  it('does not mind a wait within the threshold, then falls as the wait grows, down to a cap', () => {
    expect(waitPenalty(20, 20)).toBe(0);
    expect(waitPenalty(0, 20)).toBe(0);
    expect(waitPenalty(60, 20)).toBeGreaterThan(0);
    expect(waitPenalty(100, 20)).toBeGreaterThan(waitPenalty(60, 20));
    // ramp = max(120 s, 5 × T): the cap is reached 120 s past a 20 s threshold, and stays.
    expect(waitPenalty(140, 20)).toBe(CSAT.waitPenaltyMax);
    expect(waitPenalty(3600, 20)).toBe(CSAT.waitPenaltyMax);
    // The ramp scales with the channel's threshold: an email due in 8 h is not late after 9 h by much.
    expect(waitPenalty(9 * 3600, 8 * 3600)).toBeLessThan(waitPenalty(140, 20));
    expect(mean({ wait: 20 })).toBe(mean({}));
    expect(mean({ wait: 80 })).toBeLessThan(mean({}));
    expect(mean({ wait: 600 })).toBeLessThan(mean({ wait: 80 }));
    expect(mean({ wait: 6000 })).toBe(mean({ wait: 600 }));
  });

  it('an unresolved contact lowers it markedly (by about a point), a repeat or retrial less', () => {
    expect(mean({}) - mean({ resolved: false })).toBeGreaterThan(0.9);
    expect(mean({ repeat: true })).toBeLessThan(mean({}));
    expect(mean({ repeat: true })).toBeGreaterThan(mean({ resolved: false }));
  });

  it('poor quality lowers it; an ungraded contact (ideal mode) is not penalised', () => {
    expect(mean({ quality: 60 })).toBeLessThan(mean({}));
    expect(mean({ quality: 40 })).toBeLessThan(mean({ quality: 60 }));
    expect(mean({ quality: null })).toBe(mean({ quality: 90 }));
  });

  it('a complaint lowers it most of all the single factors', () => {
    const complaint = mean({ complaint: true });
    for (const other of [{ resolved: false }, { repeat: true }, { quality: 0 }, { wait: 6000 }]) expect(complaint).toBeLessThan(mean(other));
  });

  it('each factor lowers the latent score of every customer, never raises it', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.double({ min: 0, max: 7200, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }),
      (noise, wait, quality) => {
        const base: SurveyInputs = { ...good, noise, wait, quality };
        const l = latentScore(base);
        expect(latentScore({ ...base, resolved: false })).toBeLessThan(l);
        expect(latentScore({ ...base, repeat: true })).toBeLessThan(l);
        expect(latentScore({ ...base, complaint: true })).toBeLessThan(l);
        expect(latentScore({ ...base, wait: wait + 60 })).toBeLessThanOrEqual(l);
        expect(latentScore({ ...base, quality: quality / 2 })).toBeLessThanOrEqual(l);
      },
    ));
  });

  it('is always a whole number from 1 to 5, whatever the inputs and the noise (0 included)', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.boolean(), fc.boolean(),
      fc.option(fc.double({ min: 0, max: 100, noNaN: true })), fc.boolean(), fc.double({ min: 0, max: 86400, noNaN: true }),
      (noise, wait, resolved, repeat, quality, complaint, thresholdSeconds) => {
        const s = surveyScore({ noise, wait, resolved, repeat, quality, complaint, thresholdSeconds });
        expect(Number.isInteger(s)).toBe(true);
        expect(s).toBeGreaterThanOrEqual(1);
        expect(s).toBeLessThanOrEqual(5);
      },
    ));
    expect(surveyScore({ ...good, noise: 0 })).toBe(1);
    expect(surveyScore({ wait: 1e6, thresholdSeconds: 0, resolved: false, repeat: true, quality: 0, complaint: true, noise: 0.999999 })).toBeGreaterThanOrEqual(1);
  });

  it('is noisy: the same contact scores differently for different customers', () => {
    const scores = new Set(noises.map((noise) => surveyScore({ ...good, resolved: false, noise })));
    expect(scores.size).toBeGreaterThanOrEqual(4);
  });
});

describe('responds', () => {
  it('answers for the share of customers below the response rate (default 15 %)', () => {
    expect(DEFAULT_RESPONSE_RATE).toBe(0.15);
    expect(responds(0.1, DEFAULT_RESPONSE_RATE)).toBe(true);
    expect(responds(0.15, DEFAULT_RESPONSE_RATE)).toBe(false);
    expect(responds(0, 0)).toBe(false);
    expect(noises.filter((u) => responds(u, 0.2)).length).toBe(39);
  });
});
