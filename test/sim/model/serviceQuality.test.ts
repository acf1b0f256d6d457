/**
 * How well a contact goes: pure functions of the adviser's proficiency and
 * factors and of the contact's circumstances, checked against hand-computed
 * values of the formulas in humanFactors.ts.
 */
import { describe, expect, it } from 'vitest';
import { HUMAN, type Factors } from '../../../sim/model/humanFactors';
import { complains, gradedQuality, resolutionChance, speedFactor, type ContactCircumstances } from '../../../sim/model/serviceQuality';

/** Rested, calm (stress at its baseline), neutral mood. */
const fresh: Factors = { fatigue: 0, stress: HUMAN.stressBaseline, mood: 0.6 };
const plain: ContactCircumstances = { incident: false, briefed: false, unanswered: false, supported: false };

describe('speedFactor', () => {
  it('makes a novice 1.6× slower than an expert, who takes the nominal time', () => {
    expect(speedFactor(1, fresh, 1, false, false)).toBeCloseTo(1, 12);
    expect(speedFactor(0, fresh, 1, false, false)).toBeCloseTo(1.6, 12);
    expect(speedFactor(0.5, fresh, 1, false, false)).toBeCloseTo(1.3, 12);
  });

  it('slows a tired adviser (up to ×1.2 when exhausted)', () => {
    expect(speedFactor(1, { ...fresh, fatigue: 1 }, 1, false, false)).toBeCloseTo(1.2, 12);
    expect(speedFactor(1, { ...fresh, fatigue: 0.5 }, 1, false, false)).toBeGreaterThan(1);
  });

  it('slows a stressed adviser only above the stress baseline', () => {
    expect(speedFactor(1, { ...fresh, stress: 0 }, 1, false, false)).toBeCloseTo(1, 12);
    expect(speedFactor(1, { ...fresh, stress: 0.55 }, 1, false, false)).toBeCloseTo(1 + 0.15 * 0.4, 12);
  });

  it('makes an incident’s contact ×1.2 for an unbriefed adviser and ×0.8 for a briefed one', () => {
    expect(speedFactor(1, fresh, 1, true, false)).toBeCloseTo(1.2, 12);
    expect(speedFactor(1, fresh, 1, true, true)).toBeCloseTo(0.8, 12);
  });

  it('ignores the briefing for a contact that is not about the incident', () => {
    expect(speedFactor(0.5, fresh, 1, false, true)).toBe(speedFactor(0.5, fresh, 1, false, false));
  });

  it('multiplies by an IT slowdown, on top of everything else', () => {
    const base = speedFactor(0.5, { ...fresh, fatigue: 0.3 }, 1, true, false);
    expect(speedFactor(0.5, { ...fresh, fatigue: 0.3 }, 1.5, true, false)).toBeCloseTo(base * 1.5, 12);
  });
});

describe('resolutionChance', () => {
  it('is the channel’s base rate for a rested expert', () => {
    expect(resolutionChance(0.8, 1, fresh, plain)).toBeCloseTo(0.8, 12);
  });

  it('is lower for a novice (×0.75) and for a tired adviser', () => {
    expect(resolutionChance(0.8, 0, fresh, plain)).toBeCloseTo(0.6, 12);
    expect(resolutionChance(0.8, 1, { ...fresh, fatigue: 1 }, plain)).toBeCloseTo(0.72, 12);
  });

  it('drops to ×0.6 when a raised hand was left unanswered', () => {
    expect(resolutionChance(0.8, 1, fresh, { ...plain, unanswered: true })).toBeCloseTo(0.48, 12);
  });

  it('is at least 0.95 when the supervisor supported the adviser, and keeps a higher rate', () => {
    expect(resolutionChance(0.5, 0, fresh, { ...plain, supported: true })).toBe(0.95);
    expect(resolutionChance(0.5, 0, fresh, { ...plain, unanswered: true, supported: true })).toBe(0.95);
    expect(resolutionChance(1, 1, fresh, { ...plain, supported: true })).toBe(1);
  });

  it('is ×1.1 for an incident’s contact handled by a briefed adviser, capped at 1', () => {
    expect(resolutionChance(0.8, 1, fresh, { ...plain, incident: true, briefed: true })).toBeCloseTo(0.88, 12);
    expect(resolutionChance(0.95, 1, fresh, { ...plain, incident: true, briefed: true })).toBe(1);
  });

  it('gives no bonus for a briefing without an incident, nor for an incident without a briefing', () => {
    expect(resolutionChance(0.8, 1, fresh, { ...plain, briefed: true })).toBeCloseTo(0.8, 12);
    expect(resolutionChance(0.8, 1, fresh, { ...plain, incident: true })).toBeCloseTo(0.8, 12);
  });
});

describe('gradedQuality', () => {
  // quality(0.5, fresh) = 100 × (0.45 + 0.2 + 0.06 − 0.015) = 69.5
  it('is the adviser’s level for a contact with u = 0.5', () => {
    expect(gradedQuality(0.5, fresh, 0.5, false, false)).toBeCloseTo(69.5, 9);
  });

  it('varies by ±10 with the contact’s uniform', () => {
    expect(gradedQuality(0.5, fresh, 0, false, false)).toBeCloseTo(59.5, 9);
    expect(gradedQuality(0.5, fresh, 0.999999, false, false)).toBeCloseTo(79.5, 3);
    expect(gradedQuality(0.5, fresh, 0.75, false, false)).toBeCloseTo(74.5, 9);
  });

  it('is 15 lower when the hand was left unanswered and 5 higher when supported', () => {
    expect(gradedQuality(0.5, fresh, 0.5, true, false)).toBeCloseTo(54.5, 9);
    expect(gradedQuality(0.5, fresh, 0.5, false, true)).toBeCloseTo(74.5, 9);
  });

  it('stays within 0–100', () => {
    const best: Factors = { fatigue: 0, stress: 0, mood: 1 };
    const worst: Factors = { fatigue: 1, stress: 1, mood: 0 };
    expect(gradedQuality(1, best, 0.999, false, true)).toBe(100);
    expect(gradedQuality(0, worst, 0, true, false)).toBe(0);
    for (const p of [0, 0.3, 1]) {
      for (const u of [0, 0.5, 0.999]) {
        for (const f of [best, worst, fresh]) {
          const q = gradedQuality(p, f, u, u > 0.4, u < 0.6);
          expect(q).toBeGreaterThanOrEqual(0);
          expect(q).toBeLessThanOrEqual(100);
        }
      }
    }
  });
});

describe('complains', () => {
  it('always ends in a complaint for a VIP left alone, whatever the uniform', () => {
    expect(complains(true, true, 0)).toBe(true);
    expect(complains(true, true, 0.999)).toBe(true);
  });

  it('ends in a complaint for 30 % of other customers left alone: u < 0.3', () => {
    expect(complains(true, false, 0.299)).toBe(true);
    expect(complains(true, false, 0.3)).toBe(false);
    expect(complains(true, false, 0.9)).toBe(false);
  });

  it('never when the raised hand was answered (or none was raised)', () => {
    expect(complains(false, true, 0)).toBe(false);
    expect(complains(false, false, 0)).toBe(false);
  });
});
